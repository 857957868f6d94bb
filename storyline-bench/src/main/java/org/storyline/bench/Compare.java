package org.storyline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs every stage with both contenders, each in a JVM of its own, and prints the side-by-side
 * table with Storyline / CoreNLP ratios. The two JVMs of a stage take turns: each loads alone, they
 * warm up together, then they time their rounds alternately, one round of Storyline, one of CoreNLP, so
 * that they never compete for the cores yet both meet the same spells of a shared machine (a
 * neighbour can slow this VM by a third for a minute; measured one after the other, a spell
 * that fell on one contender's minute alone moved the ratio by as much).
 */
final class Compare {

  private final Path input;
  private final double warmupSeconds;
  private final double measureSeconds;
  private final Path logDir;
  private final PrintWriter out;

  Compare(Path input, double warmupSeconds, double measureSeconds, Path logDir, PrintWriter out) {
    this.input = input;
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
    this.logDir = logDir;
    this.out = out;
  }

  /** Measures the stages and prints the table; returns the measurements. */
  List<Measurement> run(List<Stage> stages) throws IOException {
    Files.createDirectories(logDir);
    List<BenchArticle> articles = BenchInput.read(input);
    out.printf(Locale.ROOT, "Input: %s, %d articles, %d tokens. %s%n%n", input, articles.size(), BenchInput.tokens(articles), Machine.describe());
    out.println(Table.header());
    out.flush();
    List<Measurement> all = new ArrayList<>();
    for (Stage stage : stages) {
      Pair shown = measure(stage);
      out.println(Table.rows(stage, shown.ours(), shown.theirs()));
      out.flush();
      shown.ours().ifPresent(all::add);
      shown.theirs().ifPresent(all::add);
    }
    out.println();
    out.println("articles/s and tokens/s per CPU second of the working thread (plus GC): the fastest of "
        + Worker.ROUNDS + " timed rounds after warm-up (" + Worker.MIN_ROUNDS + " when a pass outlasts a fifth of the measuring time);");
    out.println("rounds = how many, ± half the gap between the fastest and slowest round; load is wall time;");
    out.println("ratio = Storyline / CoreNLP throughput; each contender runs in its own JVM, and the two take turns round by round;");
    out.println("for tokens, entities and times, whose speed differs between JVMs, " + pairs(Stage.NER)
        + " such pairs of JVMs, each system's fastest JVM shown. Warm-up: at least " + Worker.WARM_PASSES + " passes.");
    out.println("Logs of each run: " + logDir);
    return all;
  }

  /** How many pairs of JVMs measure {@code stage}, each with the whole warm-up and a share of the measuring time. */
  static int pairs(Stage stage) {
    // the quick stages' JVMs each hold one speed, but not the same one: CoreNLP's CRF tagged the
    // samples at 5.9 to 6.9 passes a second in five JVMs, each steady within 3%, SUTime at 1.4 to
    // 1.7, and the tokenisers of two interleaved JVMs at 2,500 and 196 against 2,700 and 172 in the
    // pair before; all load in about a second. The stages with coreference cost CoreNLP up to a
    // minute a JVM to load and warm, and its JVMs there agreed within a few percent.
    return stage == Stage.QUOTES || stage == Stage.PIPELINE ? 1 : 3;
  }

  /**
   * Each system's fastest JVM over the stage's pairs, for the reason a JVM's fastest round counts:
   * a busy host only ever slows one down. The median pair's ratio, tried first, moved by 18% on
   * times in a busy hour where the fastest JVMs' moved by 8% (and by 1% to 4% where it moved by 3% to 7%).
   */
  private Pair measure(Stage stage) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    int count = pairs(stage);
    for (int p = 1; p <= count; p++) {
      pairs.add(pair(stage, count == 1 ? "" : "-" + p, measureSeconds / count));
    }
    return new Pair(fastest(pairs, Pair::ours), fastest(pairs, Pair::theirs));
  }

  private static Optional<Measurement> fastest(List<Pair> pairs, java.util.function.Function<Pair, Optional<Measurement>> side) {
    return pairs.stream().map(side).flatMap(Optional::stream).max(Comparator.comparingDouble(Measurement::articlesPerSecond));
  }

  /** One JVM per contender (a contender without the stage has none), rounds taken in turn. */
  private Pair pair(Stage stage, String suffix, double seconds) throws IOException {
    List<Session> sessions = new ArrayList<>();
    try {
      for (Contender c : Contender.values()) {
        if (c.runner(stage).isPresent()) { // one at a time, so that each load time is its own
          sessions.add(Session.start(c, stage, input, logDir.resolve(stage.id() + "-" + c.id() + suffix + ".log")));
        }
      }
      double longestPass = warmAll(sessions);
      // when one pass outlasts a round's share, fewer rounds of one pass each keep the run short
      // (a pass of CoreNLP's quote pipeline over the samples takes ~10 s)
      int rounds = longestPass * Worker.ROUNDS > seconds ? Worker.MIN_ROUNDS : Worker.ROUNDS;
      for (int r = 0; r < rounds; r++) {
        for (Session s : sessions) {
          s.round(seconds / rounds);
        }
      }
      List<Measurement> results = new ArrayList<>();
      for (Session s : sessions) {
        results.add(s.finish());
      }
      return Pair.of(results);
    } finally {
      for (Session s : sessions) {
        s.close();
      }
    }
  }

  /**
   * Warms every JVM at once, each on a core of its own (warm-up is not timed), each for at least
   * the warm-up and on until the slowest has had its own: Storyline's pipeline still sped up
   * after 4 s, and CoreNLP's coreference stages warm for 20 s, so the quicker contender gets the
   * longer warm-up for nothing. Returns the longest of the last passes.
   */
  private double warmAll(List<Session> sessions) throws IOException {
    int n = sessions.size();
    List<CompletableFuture<Double>> first = new ArrayList<>();
    for (Session s : sessions) {
      first.add(s.warmLater(warmupSeconds));
    }
    List<CompletableFuture<Double>> current = new ArrayList<>(first);
    double[] lastPass = new double[n];
    boolean[] idle = new boolean[n];
    for (int left = n; left > 0; ) {
      List<CompletableFuture<Double>> pending = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!idle[i]) {
          pending.add(current.get(i));
        }
      }
      CompletableFuture.anyOf(pending.toArray(new CompletableFuture<?>[0])).handle((x, e) -> null).join();
      boolean allWarm = first.stream().allMatch(CompletableFuture::isDone);
      for (int i = 0; i < n; i++) {
        if (!idle[i] && current.get(i).isDone()) {
          lastPass[i] = sessions.get(i).await(current.get(i));
          if (allWarm) {
            idle[i] = true;
            left--;
          } else {
            current.set(i, sessions.get(i).warmLater(1));
          }
        }
      }
    }
    return java.util.Arrays.stream(lastPass).max().orElse(0);
  }

  /** What one pair of JVMs measured; a contender without the stage is empty. */
  record Pair(Optional<Measurement> ours, Optional<Measurement> theirs) {
    static Pair of(List<Measurement> results) {
      return new Pair(find(results, Contender.STORYLINE), find(results, Contender.CORENLP));
    }

    private static Optional<Measurement> find(List<Measurement> results, Contender who) {
      return results.stream().filter(m -> m.contender().equals(who.id())).findFirst();
    }
  }
}
