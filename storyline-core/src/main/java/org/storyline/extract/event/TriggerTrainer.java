package org.storyline.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.storyline.extract.entity.WordClusters;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.text.Tokenizer;

/**
 * Trains the event trigger tagger: an averaged perceptron over single tokens, on TimeML documents
 * with gold events. Each token whose span holds the start of a gold event is labelled with that
 * event's class, every other token "no event". Deterministic for a seed.
 *
 * <p>Usage: {@code PerceptronEventDetector d = TriggerTrainer.defaults().epochs(10).train(GoldEvents.readAll(dir), log);}
 */
public final class TriggerTrainer {

  private int epochs = 10;
  private int bits = 19;
  private long seed = 42;
  private float noEventBias = 5f; // chosen by 5-fold cross-validation (docs/event-mentions.md)
  private WordClusters clusters = WordClusters.shipped();
  private final Tokenizer tokenizer = new RuleTokenizer();

  private TriggerTrainer() {}

  public static TriggerTrainer defaults() {
    return new TriggerTrainer();
  }

  public TriggerTrainer epochs(int n) {
    if (n < 1 || n > 100) {
      throw new IllegalArgumentException("epochs must be in [1, 100], got " + n);
    }
    this.epochs = n;
    return this;
  }

  public TriggerTrainer bits(int b) {
    if (b < 12 || b > 24) {
      throw new IllegalArgumentException("bits must be in [12, 24], got " + b);
    }
    this.bits = b;
    return this;
  }

  /** Subtracted from the "no event" score when tagging (see {@link TriggerModel#noEventBias}). */
  public TriggerTrainer noEventBias(float b) {
    if (!(b >= 0 && b <= 100)) {
      throw new IllegalArgumentException("the no-event bias must be in [0, 100], got " + b);
    }
    this.noEventBias = b;
    return this;
  }

  public TriggerTrainer seed(long s) {
    this.seed = s;
    return this;
  }

  /** A labelled sentence: its prepared words and the gold label of each. */
  private record Example(TriggerFeatures.Sentence sentence, int[] gold) {}

  public PerceptronEventDetector train(List<GoldEvents> docs, Consumer<String> log) {
    Objects.requireNonNull(docs, "docs");
    TriggerFeatures features = new TriggerFeatures(clusters, bits);
    List<Example> examples = new ArrayList<>();
    for (GoldEvents d : docs) {
      examples.addAll(examples(d, features));
    }
    int size = (1 << bits) * TriggerModel.LABELS;
    float[] w = new float[size];
    double[] sum = new double[size]; // each update times the step it was made at, for the average
    int[] rows = new int[TriggerFeatures.MAX];
    float[] scores = new float[TriggerModel.LABELS];
    long step = 1;
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(examples, random);
      int errors = 0;
      int tokens = 0;
      for (Example e : examples) {
        for (int i = 0; i < e.gold.length; i++, step++, tokens++) {
          int n = features.rows(e.sentence, i, rows);
          int guess = TriggerModel.best(TriggerModel.score(w, rows, n, scores));
          if (guess != e.gold[i]) {
            errors++;
            update(w, sum, rows, n, e.gold[i], 1f, step);
            update(w, sum, rows, n, guess, -1f, step);
          }
        }
      }
      log.accept(String.format(java.util.Locale.ROOT, "epoch %d: %d of %d tokens wrong", epoch, errors, tokens));
    }
    for (int k = 0; k < size; k++) {
      w[k] -= (float) (sum[k] / step);
    }
    return new PerceptronEventDetector(new TriggerModel(bits, w, noEventBias, clusters));
  }

  private static void update(float[] w, double[] sum, int[] rows, int n, int label, float delta, long step) {
    for (int k = 0; k < n; k++) {
      int at = rows[k] * TriggerModel.LABELS + label;
      w[at] += delta;
      sum[at] += delta * step;
    }
  }

  private List<Example> examples(GoldEvents d, TriggerFeatures features) {
    List<Example> out = new ArrayList<>();
    for (Sentence s : tokenizer.sentences(d.document().text())) {
      List<Token> tokens = s.tokens();
      int[] gold = new int[tokens.size()];
      for (GoldEvents.Event e : d.events()) {
        if (!s.span().overlaps(e.span())) {
          continue;
        }
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.start() <= e.span().start() && e.span().start() < t.end()) {
            gold[i] = e.timeMlClass().ordinal() + 1;
            break;
          }
        }
      }
      out.add(new Example(features.prepare(words(tokens)), gold));
    }
    return out;
  }

  static String[] words(List<Token> tokens) {
    String[] w = new String[tokens.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = tokens.get(i).text();
    }
    return w;
  }
}
