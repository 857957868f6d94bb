package org.storyline.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.storyline.kafka.TestKafka;

/**
 * {@code bench flink}: streams a JSONL file through a local KRaft broker and the job on a
 * MiniCluster at parallelism 1 and 2; reports articles/s of the per-article stages alone (clean and
 * extract, to a discarding sink) and of the whole job (into a new store in a temporary folder).
 * Each rate is given two ways: over the job's wall time (start-up and model loading included) and
 * steady, from the first message analysed to the last (to the end of the job for the whole job);
 * and the process's CPU time an article, which a shared machine's load does not change much.
 *
 * <p>Runs only when asked, it takes minutes: {@code mvn -B -q -pl storyline-flink -am test
 * -Dtest=BenchFlink -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx2g
 * -Dbench.data=gva-dev.jsonl} (or {@code ./storyline-bench.sh flink --data gva-dev.jsonl}).
 * The report is printed and written to {@code storyline-flink/target/bench-flink.txt}.
 */
@EnabledIfSystemProperty(named = "bench.data", matches = ".+")
class BenchFlink {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  /** When the first and the last message went through the per-article stage (this JVM runs the MiniCluster). */
  static final AtomicLong FIRST = new AtomicLong();
  static final AtomicLong LAST = new AtomicLong();

  @Test
  void bench() throws Exception {
    Path data = Path.of(System.getProperty("bench.data"));
    List<String> report = new ArrayList<>();
    try (TestKafka kafka = TestKafka.start()) {
      long t0 = System.nanoTime();
      int n = JobFixture.publish(kafka, "bench", 2, List.of(data));
      report.add(String.format(Locale.ROOT, "published %d documents of %s to a local broker (2 partitions) in %.1f s",
          n, data, seconds(System.nanoTime() - t0)));
      Path work = Files.createTempDirectory("storyline-bench-flink");
      for (int p : new int[] {1, 2}) {
        report.add(run(kafka, work, n, p, false));
        report.add(run(kafka, work, n, p, true));
      }
    }
    report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores (shared), Java "
        + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    report.forEach(System.out::println);
    Files.write(Path.of("target", "bench-flink.txt"), report);
  }

  private static String run(TestKafka kafka, Path work, int n, int parallelism, boolean whole) throws Exception {
    Path store = work.resolve("p" + parallelism + (whole ? "-job" : "-extract") + ".db");
    JobSettings settings = JobSettings.of(kafka.target("bench"), store.toString()).withParallelism(parallelism)
        .withCheckpointMillis(10_000).withGroup("bench-" + store.getFileName()).asBounded();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    StorylineJob.configure(env, settings);
    DataStream<byte[]> analysed = StorylineJob.analysed(env, settings).map(new Stamp()).setParallelism(parallelism);
    if (whole) {
      StorylineJob.stories(analysed, settings, StoreOpener.standard());
    } else {
      analysed.sinkTo(new DiscardingSink<>());
    }
    FIRST.set(0);
    LAST.set(0);
    long cpu0 = processCpuNanos();
    long start = System.nanoTime();
    JobClient job = env.executeAsync("bench flink");
    job.getJobExecutionResult().get(30, TimeUnit.MINUTES);
    long end = System.nanoTime();
    double cpuMs = (processCpuNanos() - cpu0) / 1e6 / n;
    double wall = seconds(end - start);
    double steady = seconds((whole ? end : LAST.get()) - FIRST.get());
    return String.format(Locale.ROOT, "p=%d %-30s %5d messages: %6.1f articles/s over %.1f s wall; %6.1f articles/s steady"
        + " (first message analysed after %.1f s); %.1f ms of CPU an article (the whole process)", parallelism,
        whole ? "whole job (into a new store)" : "clean+extract alone", n, n / wall, wall, n / steady,
        seconds(FIRST.get() - start), cpuMs);
  }

  /** CPU time of this JVM (broker, MiniCluster and all), load-independent where the wall clock is not on a shared machine. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** Notes when messages pass, once analysed. */
  static final class Stamp implements MapFunction<byte[], byte[]> {
    @Override
    public byte[] map(byte[] value) {
      long now = System.nanoTime();
      FIRST.compareAndSet(0, now);
      LAST.set(now);
      return value;
    }
  }
}
