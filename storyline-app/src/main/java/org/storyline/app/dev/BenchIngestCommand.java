package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.model.Article;
import org.storyline.model.Story;
import org.storyline.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline bench ingest}: the engine end to end as the store grows, on synthetic articles
 * (see {@link SyntheticCorpus}), in one process: articles per second (wall and CPU), what one batch
 * of 100 costs near each size, the heap, and the latency of the read API's views.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "End-to-end ingest speed as the store grows from 0 to the largest --sizes: articles/s (wall and CPU),",
      "the cost of a batch of 100 near each size (median of the 10 batches before it), the heap, and the read",
      "API's latency at each size, warm (a page of 50 stories, entities and claim groups; one story; one entity)."
    })
final class BenchIngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SyntheticSource source;

  @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000", paramLabel = "N,N,...",
      description = "Store sizes to report at (default: ${DEFAULT-VALUE}).")
  long[] sizes;

  @Option(names = "--store", paramLabel = "FILE", description = "Where to build the store (default: a new temporary file, deleted after).")
  Path storeFile;

  private static final int BATCH = 100;
  private static final int WINDOW = 10;

  @Override
  public Integer call() throws IOException {
    long[] marks = sizes.clone();
    Arrays.sort(marks);
    if (marks.length == 0 || marks[0] < BATCH || source.perDay < 1) {
      throw new ParameterException(spec.commandLine(), "--sizes must be at least " + BATCH + " and --per-day at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    SyntheticCorpus corpus = source.load(spec.commandLine().getErr());
    Path file = storeFile != null ? storeFile : Files.createTempFile("storyline-bench", ".db");
    Files.deleteIfExists(file);
    out.printf(Locale.ROOT, "source: %s (%d articles, %d events); %d articles a day; %d processors; max heap %d MiB; store %s%n",
        source.data, corpus.sourceArticles(), corpus.sourceEvents(), source.perDay, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, file);
    out.printf(Locale.ROOT, "%9s %9s %9s %12s %12s %8s   %s%n", "articles", "wall a/s", "cpu a/s", "batch ms", "batch cpu ms",
        "heap MiB", "read API ms: stories page, story, entities page, entity, claims page");
    out.flush();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Long> batchWall = new ArrayList<>();
    List<Long> batchCpu = new ArrayList<>();
    try (Store store = Stores.open(file); Engine engine = Engine.open(store, EngineConfig.defaults())) {
      long wall0 = System.nanoTime();
      long cpu0 = os.getProcessCpuTime();
      long n = 0;
      for (long mark : marks) {
        while (n < mark) {
          List<Article> batch = new ArrayList<>(BATCH);
          for (int i = 0; i < BATCH && n < mark; i++) {
            batch.add(corpus.article(n++));
          }
          long t = System.nanoTime();
          long c = os.getProcessCpuTime();
          engine.add(batch);
          batchWall.add(System.nanoTime() - t);
          batchCpu.add(os.getProcessCpuTime() - c);
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "%9d %9.0f %9.0f %12.1f %12.1f %8d   %s%n", n, n / wall, n / cpu, median(batchWall) / 1e6,
            median(batchCpu) / 1e6, usedHeapAfterGc() >> 20, readLatencies(store));
        out.flush();
      }
    } finally {
      if (storeFile == null) {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
          Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
      }
    }
    return 0;
  }

  /** The median of the last {@link #WINDOW} values. */
  private static double median(List<Long> values) {
    List<Long> last = new ArrayList<>(values.subList(Math.max(0, values.size() - WINDOW), values.size()));
    last.sort(null);
    return last.get(last.size() / 2);
  }

  private static String readLatencies(StoreReader store) {
    List<Story> page = store.stories(StoreReader.StoryOrder.LARGEST, 0, 50);
    List<EntitySummary> entities = store.entities(0, 50);
    String storyId = page.isEmpty() ? null : page.get(page.size() / 2).id().value();
    String entityName = entities.isEmpty() ? null : entities.get(entities.size() / 2).name();
    return String.format(Locale.ROOT, "%.1f, %.1f, %.1f, %.1f, %.1f",
        time(() -> store.stories(StoreReader.StoryOrder.LARGEST, 50, 50)),
        time(() -> storyId == null ? null : store.story(storyId)),
        time(() -> store.entities(50, 50)),
        time(() -> entityName == null ? null : store.entity(entityName)),
        time(() -> store.claims(0, 50)));
  }

  /** The median of 11 timed calls after 20 untimed ones (a server's views are warm), in milliseconds. */
  private static double time(Supplier<Object> call) {
    for (int i = 0; i < 20; i++) {
      call.get();
    }
    long[] t = new long[11];
    for (int i = 0; i < t.length; i++) {
      long s = System.nanoTime();
      call.get();
      t[i] = System.nanoTime() - s;
    }
    Arrays.sort(t);
    return t[t.length / 2] / 1e6;
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
