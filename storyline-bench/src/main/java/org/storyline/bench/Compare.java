package org.storyline.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs every stage with both contenders, each in a JVM of its own ({@link PairRun}), and prints the
 * side-by-side table with Storyline / CoreNLP ratios. A neighbour can slow this shared VM's memory
 * fourfold for 10 s to a minute, and CoreNLP's memory-heavy stages (SUTime, coreference) far more
 * than Storyline: so each system's figure is its fastest sample, and the samples of each stage are
 * spread over the whole run, that one spell cannot fall on all of them. The quick stages' pairs of
 * JVMs are measured one of each stage in turn (tokens 1, entities 1, times 1, tokens 2, ...); the
 * coreference stages, whose CoreNLP JVM takes half a minute to load and warm, keep one pair open
 * and take their rounds between those quick pairs.
 */
final class Compare {

  /** Timed rounds of a stage with one pair of JVMs; one pass of CoreNLP each, 7 to 10 s. */
  static final int SPREAD_ROUNDS = 3;

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
    out.flush();
    Map<Stage, List<PairRun.Result>> measured = new EnumMap<>(Stage.class);
    Deque<Slot> quick = quickSlots(stages);
    List<Stage> spread = stages.stream().filter(s -> pairs(s) == 1).toList();
    int gaps = spread.size() * (SPREAD_ROUNDS - 1) + 1;
    int perGap = (quick.size() + gaps - 1) / gaps;
    for (Stage stage : spread) {
      try (PairRun pair = PairRun.open(stage, input, logDir, "", warmupSeconds)) {
        for (int r = 0; r < SPREAD_ROUNDS; r++) {
          if (r > 0) {
            measureQuick(quick, perGap, measured);
          }
          pair.round(measureSeconds / Worker.ROUNDS);
        }
        measured.computeIfAbsent(stage, s -> new ArrayList<>()).add(pair.finish());
      }
      progress(stage.id() + " measured");
    }
    measureQuick(quick, quick.size(), measured);
    return print(stages, measured);
  }

  private List<Measurement> print(List<Stage> stages, Map<Stage, List<PairRun.Result>> measured) {
    out.println(Table.header());
    List<Measurement> all = new ArrayList<>();
    for (Stage stage : stages) {
      List<PairRun.Result> pairs = measured.get(stage);
      Optional<Measurement> ours = fastest(pairs, PairRun.Result::ours);
      Optional<Measurement> theirs = fastest(pairs, PairRun.Result::theirs);
      out.println(Table.rows(stage, ours, theirs));
      ours.ifPresent(all::add);
      theirs.ifPresent(all::add);
    }
    out.println();
    out.println("articles/s and tokens/s per CPU second of the working thread (plus GC): the fastest timed round after warm-up (at least "
        + Worker.WARM_PASSES + " passes);");
    out.println("rounds = how many, ± half the gap between the fastest and slowest round; load is wall time;");
    out.println("ratio = Storyline / CoreNLP throughput; each contender runs in its own JVM, and the two take turns round by round;");
    out.println("tokens, entities and times: " + pairs(Stage.NER) + " pairs of JVMs each, one stage after the other in turn, "
        + Worker.ROUNDS + " rounds a JVM (" + Worker.MIN_ROUNDS + " when a pass outlasts a fifth of its share), each system's fastest JVM shown;");
    out.println("quotes and pipeline: one pair, " + SPREAD_ROUNDS + " rounds taken between the other stages' pairs.");
    out.println("Logs of each run: " + logDir);
    out.flush();
    return all;
  }

  /** The quick stages' pairs in the order they run: the first pair of each stage, then the second of each, ... */
  private static Deque<Slot> quickSlots(List<Stage> stages) {
    Deque<Slot> slots = new ArrayDeque<>();
    int most = stages.stream().mapToInt(Compare::pairs).max().orElse(0);
    for (int index = 1; index <= most; index++) {
      for (Stage stage : stages) {
        int count = pairs(stage);
        if (count > 1 && index <= count) {
          slots.add(new Slot(stage, index, count));
        }
      }
    }
    return slots;
  }

  /** Measures the next {@code count} quick pairs, each whole: open, its rounds, finish. */
  private void measureQuick(Deque<Slot> slots, int count, Map<Stage, List<PairRun.Result>> measured) throws IOException {
    for (int i = 0; i < count && !slots.isEmpty(); i++) {
      Slot slot = slots.poll();
      double share = measureSeconds / slot.count();
      try (PairRun pair = PairRun.open(slot.stage(), input, logDir, "-" + slot.index(), warmupSeconds)) {
        // when one pass outlasts a round's share, fewer rounds of one pass each keep the run short
        int rounds = pair.longestPass() * Worker.ROUNDS > share ? Worker.MIN_ROUNDS : Worker.ROUNDS;
        for (int r = 0; r < rounds; r++) {
          pair.round(share / rounds);
        }
        measured.computeIfAbsent(slot.stage(), s -> new ArrayList<>()).add(pair.finish());
      }
      progress(slot.stage().id() + " pair " + slot.index() + " of " + slot.count() + " measured");
    }
  }

  /** A line on the terminal while the table is being measured; none when output goes elsewhere. */
  private static void progress(String what) {
    if (System.console() != null) {
      System.err.println("  " + what);
    }
  }

  /**
   * How many pairs of JVMs measure {@code stage}. The quick stages' JVMs each hold one speed, but
   * not the same one: CoreNLP's CRF tagged the samples at 5.9 to 6.9 passes a second in five JVMs,
   * each steady within 3%, SUTime at 1.4 to 1.7, and the tokenisers of two interleaved JVMs at 2,500
   * and 196 against 2,700 and 172 in the pair before; all load in about a second. The stages with
   * coreference cost CoreNLP up to a minute a JVM to load and warm, and its JVMs there agreed within
   * a few percent.
   */
  static int pairs(Stage stage) {
    return stage == Stage.QUOTES || stage == Stage.PIPELINE ? 1 : 3;
  }

  /**
   * Each system's fastest JVM over the stage's pairs, for the reason a JVM's fastest round counts:
   * a busy host only ever slows one down. The median pair's ratio, tried first, moved by 18% on
   * times in a busy hour where the fastest JVMs' moved by 8% (and by 1% to 4% where it moved by 3% to 7%).
   */
  private static Optional<Measurement> fastest(List<PairRun.Result> pairs, Function<PairRun.Result, Optional<Measurement>> side) {
    return pairs.stream().map(side).flatMap(Optional::stream).max(Comparator.comparingDouble(Measurement::articlesPerSecond));
  }

  /** The {@code index}-th of a quick stage's {@code count} pairs. */
  private record Slot(Stage stage, int index, int count) {}
}
