package org.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures one contender on one stage inside its own JVM, so that model load time and heap are
 * its own, at the pace {@link Compare} sets: it loads, then reads commands on its standard input
 * and answers each with one line, so that two contenders' timed rounds can take turns.
 *
 * <pre>
 * (on start)        LOADED &lt;load ms&gt;
 * warm &lt;seconds&gt;    WARM &lt;seconds a pass took&gt;
 * round &lt;seconds&gt;   ROUND &lt;passes a second&gt;
 * finish            RESULT &lt;measurement as JSON&gt;, then the worker exits
 * </pre>
 */
final class Worker {

  static final String RESULT_PREFIX = "RESULT ";
  static final String LOADED = "LOADED ";
  static final String WARM = "WARM ";
  static final String ROUND = "ROUND ";
  /** Timed rounds per measurement when a pass is quick; the fastest round's rate is reported. */
  static final int ROUNDS = 5;
  /**
   * Rounds when one pass alone outlasts a round's share of the budget (SUTime: 0.7 s a pass over
   * the samples, against a JVM's 2 s of measuring), so that a round is still a whole pass or more.
   */
  static final int MIN_ROUNDS = 2;
  /** Passes of warm-up at the least, however long they take. */
  static final int WARM_PASSES = 2;
  private static final double MB = 1024.0 * 1024.0;

  private final Runner runner;
  private final String contender;
  private final Stage stage;
  private final List<BenchArticle> articles;
  private final List<Double> rates = new java.util.ArrayList<>();
  private double loadMillis;
  private long passes;
  private long sink;

  private Worker(Runner runner, String contender, Stage stage, Path input) {
    this.runner = runner;
    this.contender = contender;
    this.stage = stage;
    this.articles = BenchInput.read(input);
  }

  /** Loads, then serves commands from {@code in} until {@code finish}; answers go to {@code out}. */
  static void serve(Runner runner, String contender, Stage stage, Path input, java.io.BufferedReader in, java.io.PrintStream out)
      throws java.io.IOException {
    Worker w = new Worker(runner, contender, stage, input);
    w.load();
    out.println(LOADED + w.loadMillis);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] command = line.strip().split(" ");
      switch (command[0]) {
        case "warm" -> out.println(WARM + w.warm(Double.parseDouble(command[1])));
        case "round" -> out.println(ROUND + w.round(Double.parseDouble(command[1])));
        case "finish" -> {
          out.println(resultLine(w.finish()));
          return;
        }
        default -> throw new IllegalArgumentException("worker: unknown command " + line);
      }
    }
  }

  private void load() {
    gc();
    resetPeaks();
    long t0 = System.nanoTime();
    runner.load();
    loadMillis = (System.nanoTime() - t0) / 1e6; // wall time: loading reads files
  }

  /**
   * Whole passes for {@code seconds} of CPU and at least {@link #WARM_PASSES}; returns the seconds
   * the last pass took. CoreNLP's coreference pipelines take 10 s for a first pass over the
   * samples and 7 s for the second (10.7, 7.2, then 7.1 to 6.7 s): with one pass of warm-up their
   * first timed round was the second pass, and the figure moved by 21% between runs.
   */
  private double warm(double seconds) {
    long[] warm = passes(runner, articles, seconds, WARM_PASSES);
    sink += warm[1];
    return warm[3] / 1e9;
  }

  /** One timed round of whole passes; returns its rate in passes a second. */
  private double round(double seconds) {
    long[] timed = passes(runner, articles, seconds, 1);
    double rate = timed[0] / (timed[2] / 1e9);
    System.err.printf(java.util.Locale.ROOT, "round %d: %d passes, %.3f s CPU, %.1f passes/s%n", rates.size() + 1, timed[0], timed[2] / 1e9, rate);
    rates.add(rate);
    passes += timed[0];
    sink += timed[1];
    return rate;
  }

  /**
   * The fastest round's rate: on a shared machine other work, a collection or a compiler still at
   * work only ever slow a round down, so the fastest is the least disturbed.
   */
  private Measurement finish() {
    double fastest = rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double slowest = rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double peak = heapPeak() / MB;
    gc();
    double retained = heapUsed() / MB;
    if (sink == Long.MIN_VALUE) {
      System.out.println(); // never: keeps the results alive
    }
    return new Measurement(contender, stage.id(), loadMillis, articles.size() * fastest,
        BenchInput.tokens(articles) * fastest, peak, retained, (int) passes, rates.size(), (fastest - slowest) / fastest);
  }

  /**
   * Runs whole passes until {@code seconds} of this thread's CPU have gone and at least {@code
   * minPasses} are done: {passes, checksum, CPU nanos, CPU nanos of the last pass}. CPU time (this thread's, plus garbage
   * collection) rather than wall time, so that other work on a shared machine does not move the
   * figures; both contenders work on one thread.
   */
  private static long[] passes(Runner runner, List<BenchArticle> articles, double seconds, int minPasses) {
    long start = cpuNanos();
    long budget = (long) (seconds * 1e9);
    long passes = 0;
    long sum = 0;
    long last = 0;
    for (long now = start; passes < minPasses || now - start < budget; passes++) {
      long before = now;
      for (BenchArticle a : articles) {
        sum += runner.process(a);
      }
      now = cpuNanos();
      last = now - before;
    }
    return new long[] {passes, sum, cpuNanos() - start, last};
  }

  /** This thread's CPU time plus the time all collectors took, in nanoseconds. */
  static long cpuNanos() {
    long gcMillis = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + gcMillis * 1_000_000L;
  }

  static String resultLine(Measurement m) throws java.io.IOException {
    return RESULT_PREFIX + new ObjectMapper().writeValueAsString(m);
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
