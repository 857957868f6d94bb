package org.storyline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures one contender on one stage inside its own JVM, so that model load time and heap are
 * its own: load, warm up, then time whole passes over the input. Prints one {@code RESULT} line
 * of JSON for {@link Compare} to read.
 */
final class Worker {

  static final String RESULT_PREFIX = "RESULT ";
  /** Timed rounds per measurement when a pass is quick; the fastest round's rate is reported. */
  static final int ROUNDS = 5;
  /** Rounds when one pass alone outlasts a round's share of the budget (CoreNLP's coreference). */
  static final int MIN_ROUNDS = 3;
  private static final double MB = 1024.0 * 1024.0;

  private Worker() {}

  static Measurement measure(Runner runner, String contender, Stage stage, Path input, double warmupSeconds, double measureSeconds) {
    List<BenchArticle> articles = BenchInput.read(input);
    gc();
    resetPeaks();
    long t0 = System.nanoTime();
    runner.load();
    double loadMillis = (System.nanoTime() - t0) / 1e6; // wall time: loading reads files
    long[] warm = passes(runner, articles, warmupSeconds, 1);
    long sink = warm[1];
    double passSeconds = warm[2] / 1e9 / warm[0];
    // the fastest of several timed rounds: on a shared machine other work, a collection or a
    // compiler still at work only ever slow a round down, so the fastest is the least disturbed
    // (the median of five moved by 10-20% between runs where the fastest moved less); when a
    // single pass is longer than a round's share, fewer rounds of one pass each keep the run short
    // (a pass of CoreNLP's quote pipeline over the samples takes ~10 s)
    int rounds = passSeconds * ROUNDS > measureSeconds ? MIN_ROUNDS : ROUNDS;
    double[] rates = new double[rounds];
    int passes = 0;
    for (int r = 0; r < rounds; r++) {
      long[] timed = passes(runner, articles, measureSeconds / rounds, 1);
      rates[r] = timed[0] / (timed[2] / 1e9);
      System.out.printf(java.util.Locale.ROOT, "round %d: %d passes, %.3f s CPU, %.1f passes/s%n", r + 1, timed[0], timed[2] / 1e9, rates[r]);
      passes += (int) timed[0];
      sink += timed[1];
    }
    java.util.Arrays.sort(rates);
    double passesPerSecond = rates[rounds - 1];
    double peak = heapPeak() / MB;
    gc();
    double retained = heapUsed() / MB;
    if (sink == Long.MIN_VALUE) {
      System.out.println(); // never: keeps the results alive
    }
    double roundSpread = (rates[rounds - 1] - rates[0]) / passesPerSecond;
    return new Measurement(contender, stage.id(), loadMillis, articles.size() * passesPerSecond,
        BenchInput.tokens(articles) * passesPerSecond, peak, retained, passes, rounds, roundSpread);
  }

  /**
   * Runs whole passes until {@code seconds} of this thread's CPU have gone and at least {@code
   * minPasses} are done: {passes, checksum, CPU nanos}. CPU time (this thread's, plus garbage
   * collection) rather than wall time, so that other work on a shared machine does not move the
   * figures; both contenders work on one thread.
   */
  private static long[] passes(Runner runner, List<BenchArticle> articles, double seconds, int minPasses) {
    long start = cpuNanos();
    long budget = (long) (seconds * 1e9);
    long passes = 0;
    long sum = 0;
    while (passes < minPasses || cpuNanos() - start < budget) {
      for (BenchArticle a : articles) {
        sum += runner.process(a);
      }
      passes++;
    }
    return new long[] {passes, sum, cpuNanos() - start};
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
