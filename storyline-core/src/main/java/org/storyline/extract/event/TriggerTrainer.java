package org.storyline.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
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
  private int neverEventAt = NEVER_EVENT_AT;
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

  /**
   * The fewest times a word (lower-cased) must occur in the training data, never as an event, for
   * the tagger to take it for "no event" without scoring it ({@link TriggerModel#neverEvents}); 0
   * scores every word.
   */
  public TriggerTrainer neverEventAt(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the count for never-event words must not be negative, got " + n);
    }
    this.neverEventAt = n;
    return this;
  }

  /** The default of {@link #neverEventAt}: chosen by 5-fold cross-validation (docs/event-mentions.md). */
  static final int NEVER_EVENT_AT = 10;

  public TriggerTrainer seed(long s) {
    this.seed = s;
    return this;
  }

  /** A labelled sentence: its prepared words and the gold label of each. */
  private record Example(TriggerFeatures.Sentence sentence, int[] gold) {
    boolean[] triggers() {
      boolean[] t = new boolean[gold.length];
      for (int i = 0; i < gold.length; i++) {
        t[i] = gold[i] > 0;
      }
      return t;
    }
  }

  public PerceptronEventDetector train(List<GoldEvents> docs, Consumer<String> log) {
    Objects.requireNonNull(docs, "docs");
    TriggerFeatures features = new TriggerFeatures(clusters, bits);
    List<Example> examples = new ArrayList<>();
    for (GoldEvents d : docs) {
      examples.addAll(examples(d, features));
    }
    Random random = new Random(seed);
    float[] triggers = trainTriggers(examples, features, random, log);
    float[] classes = trainClasses(examples, features, random, log);
    return new PerceptronEventDetector(new TriggerModel(bits, triggers, classes, noEventBias, neverEvents(examples), clusters));
  }

  /**
   * The words (lower-cased) seen at least {@link #neverEventAt} times in the examples and never as
   * an event: mostly function words, numbers and frequent nouns of no event, some 40% of a news
   * text's tokens, that tagging then need not score.
   */
  private Set<String> neverEvents(List<Example> examples) {
    Map<String, Integer> seen = new HashMap<>();
    Set<String> events = new HashSet<>();
    for (Example e : examples) {
      for (int i = 0; i < e.gold.length; i++) {
        seen.merge(e.sentence.lower[i], 1, Integer::sum);
        if (e.gold[i] > 0) {
          events.add(e.sentence.lower[i]);
        }
      }
    }
    Set<String> never = new TreeSet<>();
    if (neverEventAt > 0) {
      seen.forEach((w, n) -> {
        if (n >= neverEventAt && !events.contains(w)) {
          never.add(w);
        }
      });
    }
    return never;
  }

  /** The trigger table: every token labelled "no event" or its class. */
  private float[] trainTriggers(List<Example> examples, TriggerFeatures features, Random random, Consumer<String> log) {
    Perceptron p = new Perceptron(bits, TriggerModel.LABELS);
    int[] rows = new int[TriggerFeatures.MAX];
    epochs(examples, random, log, "epoch %d: %d of %d tokens wrong", (e, counts) -> {
      for (int i = 0; i < e.gold.length; i++) {
        counts.add(p.learn(rows, features.rows(e.sentence, i, rows), e.gold[i]));
      }
    });
    return p.averaged();
  }

  /** The class table: the gold events only, each with its class, the other gold events as the sentence's triggers. */
  private float[] trainClasses(List<Example> examples, TriggerFeatures features, Random random, Consumer<String> log) {
    Perceptron p = new Perceptron(bits, TriggerModel.CLASSES);
    int[] rows = new int[TriggerFeatures.WORD_ROWS + TriggerFeatures.CLASS_MAX];
    int[] classRows = new int[TriggerFeatures.CLASS_MAX];
    epochs(examples, random, log, "class epoch %d: %d of %d events wrong", (e, counts) -> {
      boolean[] trigger = e.triggers();
      for (int i = 0; i < e.gold.length; i++) {
        if (trigger[i]) {
          int n = features.wordRows(e.sentence, i, rows);
          int m = features.classRows(e.sentence, i, trigger, classRows);
          System.arraycopy(classRows, 0, rows, n, m);
          counts.add(p.learn(rows, n + m, e.gold[i] - 1));
        }
      }
    });
    return p.averaged();
  }

  /** How many examples an epoch has learned from, and how many of them it got wrong. */
  private static final class Counts {
    int seen;
    int wrong;

    void add(boolean right) {
      seen++;
      wrong += right ? 0 : 1;
    }
  }

  /** {@link #epochs} passes over the examples, shuffled before each, logged with {@code format} (epoch, wrong, seen). */
  private void epochs(List<Example> examples, Random random, Consumer<String> log, String format,
      BiConsumer<Example, Counts> learn) {
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(examples, random);
      Counts counts = new Counts();
      for (Example e : examples) {
        learn.accept(e, counts);
      }
      log.accept(String.format(Locale.ROOT, format, epoch, counts.wrong, counts.seen));
    }
  }

  /** An averaged perceptron over hashed rows of {@code width} scores. */
  private static final class Perceptron {
    private final int width;
    private final float[] w;
    private final double[] sum; // each update times the step it was made at, for the average
    private final float[] scores;
    private long step = 1;

    Perceptron(int bits, int width) {
      this.width = width;
      this.w = new float[(1 << bits) * width];
      this.sum = new double[w.length];
      this.scores = new float[width];
    }

    /** Scores one example and updates on a wrong guess; whether the guess was right. */
    boolean learn(int[] rows, int n, int gold) {
      int guess = TriggerModel.best(TriggerModel.score(w, rows, n, scores));
      if (guess != gold) {
        update(rows, n, gold, 1f);
        update(rows, n, guess, -1f);
      }
      step++;
      return guess == gold;
    }

    private void update(int[] rows, int n, int label, float delta) {
      for (int k = 0; k < n; k++) {
        int at = rows[k] * width + label;
        w[at] += delta;
        sum[at] += delta * step;
      }
    }

    float[] averaged() {
      float[] out = w.clone();
      for (int k = 0; k < out.length; k++) {
        out[k] -= (float) (sum[k] / step);
      }
      return out;
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
