package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.app.command.ClusterInput;
import org.storyline.cluster.ClusterConfig;
import org.storyline.cluster.Clustering;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Articles per second of duplicate detection + clustering on a synthetic stream made from real text, and heap used.",
      "One stream is run up to the largest size; at each size the cumulative rate (wall clock and CPU time of the",
      "clustering thread, the latter steady on a shared machine), the rate and CPU cost per article over the band",
      "since the previous size, and the heap used after a full GC are printed.",
      "Articles are synthesised one at a time (never all held): see SyntheticCorpus."
    })
final class BenchClusterCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SyntheticSource source;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "N,N,...",
      description = "Checkpoints, in articles (default: ${DEFAULT-VALUE}).")
  long[] sizes;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A clusterer setting.")
  Map<String, String> settings;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long[] checkpoints = sizes.clone();
    Arrays.sort(checkpoints);
    if (checkpoints.length == 0 || checkpoints[0] < 1 || source.perDay < 1) {
      throw new ParameterException(spec.commandLine(), "--sizes must be positive numbers and --per-day at least 1");
    }
    ClusterConfig config;
    try {
      config = ClusterInput.config(settings);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SyntheticCorpus corpus = source.load(spec.commandLine().getErr());
    out.printf(Locale.ROOT, "source: %s (%d articles, %d events); %d synthetic articles a day; max heap %d MiB; %d processors%n",
        source.data, corpus.sourceArticles(), corpus.sourceEvents(), source.perDay, Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%10s  %11s  %11s  %11s  %14s  %9s  %s%n", "articles", "wall art/s", "cpu art/s", "band cpu/s",
        "band cpu us/a", "heap MiB", "state");
    out.flush();
    OnlineClusterer clusterer = new OnlineClusterer(config);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long busy = 0;
    long cpu = 0;
    long bandCpu = 0;
    long bandStart = 0;
    int next = 0;
    for (long n = 1; n <= checkpoints[checkpoints.length - 1]; n++) {
      Article a = corpus.article(n - 1);
      long c0 = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      clusterer.add(a);
      busy += System.nanoTime() - t;
      long spentCpu = threads.getCurrentThreadCpuTime() - c0;
      cpu += spentCpu;
      bandCpu += spentCpu;
      if (n == checkpoints[next]) {
        long heap = usedHeapAfterGc();
        out.printf(Locale.ROOT, "%10d  %11.0f  %11.0f  %11.0f  %14.1f  %9d  %s%n", n, n / (busy / 1e9), n / (cpu / 1e9),
            (n - bandStart) / (bandCpu / 1e9), bandCpu / 1e3 / (n - bandStart), heap >> 20, clusterer.stats());
        out.flush();
        bandCpu = 0;
        bandStart = n;
        next++;
      }
    }
    Clustering c = clusterer.finish();
    out.printf(Locale.ROOT, "%d stories, %d duplicates, %d merges%n", c.stories().size(), c.duplicates().size(), c.merges().size());
    return 0;
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

}
