package org.storyline.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link PerceptronRecognizer} on CoNLL documents: an averaged perceptron, one update
 * per token whose best tag is wrong, the tagger going on with its own guesses (so the features
 * of earlier tags are learned from the tags it really gives). Documents are shuffled every epoch
 * with a fixed seed, so the same data and options give the same model. By default two passes
 * are trained (see {@link #passes}), each taking 12 epochs; the static features of each token are
 * computed once and kept with its document.
 *
 * <pre>{@code
 * PerceptronRecognizer r = NerTrainer.defaults().clusters(WordClusters.shipped()).names(NameList.shipped())
 *     .train(Conll.read(train), Conll.read(dev), System.err::println);
 * }</pre>
 */
public final class NerTrainer {

  private int epochs = 12;
  private int bits = 20;
  private long seed = 42;
  private WordClusters clusters = WordClusters.NONE;
  private WordClusters vectors = WordClusters.NONE;
  private NameList list = NameList.NONE;
  private int passes = 2;
  private int average = 3;

  private NerTrainer() {}

  public static NerTrainer defaults() {
    return new NerTrainer();
  }

  public NerTrainer epochs(int epochs) {
    if (epochs < 1 || epochs > 100) {
      throw new IllegalArgumentException("epochs must be in [1, 100], got " + epochs);
    }
    this.epochs = epochs;
    return this;
  }

  /** The weight table has {@code 2^bits} rows of feature weights. */
  public NerTrainer bits(int bits) {
    new Features(bits); // checks the range
    this.bits = bits;
    return this;
  }

  /** Word clusters for the cluster features (none by default); the model keeps them. */
  public NerTrainer clusters(WordClusters clusters) {
    this.clusters = java.util.Objects.requireNonNull(clusters, "clusters");
    return this;
  }

  /** Clusters of pre-trained word vectors for the vector-cluster features (none by default); the model keeps them. */
  public NerTrainer vectorClusters(WordClusters vectors) {
    this.vectors = java.util.Objects.requireNonNull(vectors, "vectors");
    return this;
  }

  /** A name list for the name-list features (none by default); the model keeps it. */
  public NerTrainer names(NameList list) {
    this.list = java.util.Objects.requireNonNull(list, "list");
    return this;
  }

  public NerTrainer seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Trains two passes (the default) or one. The second pass's features include the first pass's
   * tags of the whole document; so that those tags look on the training data as they will on new
   * text, each training document's first-pass tags come from a first pass trained without it
   * (5-fold jack-knifing), while the first pass kept in the model is trained on all.
   */
  public NerTrainer passes(int passes) {
    if (passes != 1 && passes != 2) {
      throw new IllegalArgumentException("passes must be 1 or 2, got " + passes);
    }
    this.passes = passes;
    return this;
  }

  /**
   * Each pass's weights are the mean of {@code runs} perceptrons trained on the same data shuffled
   * with different seeds, which steadies them (3 by default: on eng.testa, +0.1 to +0.2 F1 over the
   * mean of single runs, and far less dependence on the seed).
   */
  public NerTrainer averageOf(int runs) {
    if (runs < 1 || runs > 10) {
      throw new IllegalArgumentException("runs must be in [1, 10], got " + runs);
    }
    this.average = runs;
    return this;
  }

  /**
   * Trains on {@code train}; after each epoch of the last pass, reports the averaged model's
   * scores on {@code dev} (which may be empty) to {@code progress}.
   */
  public PerceptronRecognizer train(List<ConllDocument> train, List<ConllDocument> dev, Consumer<String> progress) {
    Features features = new Features(bits);
    Gazetteer names = Gazetteer.build(train);
    List<Example> examples = new ArrayList<>();
    for (ConllDocument doc : train) {
      if (!doc.sentences().isEmpty()) {
        examples.add(new Example(new Features.Doc(doc.words(), names, Gazetteer.names(doc), WordCache.none(clusters, vectors), list), gold(doc)));
      }
    }
    if (passes == 1) {
      float[] w = trainPass(features, examples, m -> new NerModel(features, names, clusters, vectors, list, null, m), dev, progress);
      return new PerceptronRecognizer(new NerModel(features, names, clusters, vectors, list, null, w));
    }
    int[][][] jackknifed = new int[examples.size()][][];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> rest = new ArrayList<>();
      for (int k = 0; k < examples.size(); k++) {
        if (k % FOLDS != f) {
          rest.add(examples.get(k));
        }
      }
      float[] w = trainPass(features, rest, null, List.of(), line -> { });
      NerModel fold = new NerModel(features, names, clusters, vectors, list, null, w);
      for (int k = f; k < examples.size(); k += FOLDS) {
        jackknifed[k] = fold.tag(examples.get(k).doc);
      }
      progress.accept("first pass, fold " + (f + 1) + " of " + FOLDS + " trained and applied to the rest");
    }
    float[] first = trainPass(features, examples, null, List.of(), line -> { });
    progress.accept("first pass trained on all documents");
    for (int k = 0; k < examples.size(); k++) {
      examples.get(k).doc.firstPass(jackknifed[k]);
    }
    float[] second = trainPass(features, examples, m -> new NerModel(features, names, clusters, vectors, list, first, m), dev, progress);
    return new PerceptronRecognizer(new NerModel(features, names, clusters, vectors, list, first, second));
  }

  private static final int FOLDS = 5;

  /** One pass's weights, the mean of {@code average} runs; {@code model} makes a model of them for scoring on {@code dev}. */
  private float[] trainPass(Features features, List<Example> all,
      java.util.function.Function<float[], NerModel> model, List<ConllDocument> dev, Consumer<String> progress) {
    if (average == 1) {
      return trainRun(features, all, seed, model, dev, progress);
    }
    float[] sum = null;
    for (int r = 0; r < average; r++) {
      float[] w = trainRun(features, all, seed + r, model, List.of(), line -> { });
      if (sum == null) {
        sum = w;
      } else {
        for (int k = 0; k < sum.length; k++) {
          sum[k] += w[k];
        }
      }
    }
    for (int k = 0; k < sum.length; k++) {
      sum[k] /= average;
    }
    if (!dev.isEmpty()) {
      NerScores s = NerEvaluation.score(new PerceptronRecognizer(model.apply(sum)), dev);
      progress.accept(String.format(java.util.Locale.ROOT, "mean of %d runs: dev F1 %.2f (P %.2f, R %.2f)",
          average, 100 * s.overall().f1(), 100 * s.overall().precision(), 100 * s.overall().recall()));
    }
    return sum;
  }

  private float[] trainRun(Features features, List<Example> all, long seed,
      java.util.function.Function<float[], NerModel> model, List<ConllDocument> dev, Consumer<String> progress) {
    List<Example> examples = new ArrayList<>(all);
    int size = features.rows() * NerModel.T;
    float[] w = new float[size];
    double[] u = new double[size];
    long[] step = {1};
    long[] errors = {0};
    NerModel.Update update = (rows, n, gold, guess) -> {
      if (guess != gold) {
        errors[0]++;
        double c = step[0];
        for (int k = 0; k < n; k++) {
          int base = rows[k] * NerModel.T;
          w[base + gold] += 1;
          u[base + gold] += c;
          w[base + guess] -= 1;
          u[base + guess] -= c;
        }
      }
      step[0]++;
      return guess;
    };
    NerModel training = new NerModel(features, Gazetteer.EMPTY, clusters, vectors, list, null, w);
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      long t0 = System.nanoTime();
      errors[0] = 0;
      Collections.shuffle(examples, random);
      long tokens = 0;
      for (Example e : examples) {
        training.run(e.doc, w, e.gold, update);
        tokens += e.tokens();
      }
      String line = String.format(java.util.Locale.ROOT, "epoch %d: %d tokens, %.2f%% wrong, %.1f s",
          epoch, tokens, 100.0 * errors[0] / tokens, (System.nanoTime() - t0) / 1e9);
      if (!dev.isEmpty()) {
        NerScores s = NerEvaluation.score(new PerceptronRecognizer(model.apply(average(w, u, step[0]))), dev);
        line += String.format(java.util.Locale.ROOT, "; dev F1 %.2f (P %.2f, R %.2f)",
            100 * s.overall().f1(), 100 * s.overall().precision(), 100 * s.overall().recall());
      }
      progress.accept(line);
    }
    return average(w, u, step[0]);
  }

  private static float[] average(float[] w, double[] u, long c) {
    float[] avg = new float[w.length];
    for (int k = 0; k < w.length; k++) {
      avg[k] = (float) (w[k] - u[k] / c);
    }
    return avg;
  }

  private static int[][] gold(ConllDocument doc) {
    int[][] tags = new int[doc.sentences().size()][];
    for (int s = 0; s < tags.length; s++) {
      ConllSentence sentence = doc.sentences().get(s);
      tags[s] = Tags.encode(ChunkScorer.chunks(sentence.tags()), sentence.size());
    }
    return tags;
  }

  private record Example(Features.Doc doc, int[][] gold) {
    long tokens() {
      long n = 0;
      for (int[] s : gold) {
        n += s.length;
      }
      return n;
    }
  }
}
