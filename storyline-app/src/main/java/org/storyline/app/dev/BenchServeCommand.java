package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.model.Story;
import org.storyline.store.Stores;
import org.storyline.web.PooledReader;
import org.storyline.web.ServeOptions;
import org.storyline.web.WebServer;
import org.storyline.web.Writes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline bench serve}: the web server on loopback under concurrent clients, in one
 * process (the clients share the machine's cores with the server, so the figures are an upper bound
 * of the server's latency): for each target, every client sends requests back to back for a while,
 * and the latencies of the answers give p50, p99 and throughput.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Latency of the web server under concurrent clients on loopback: the story page, the search API and the",
      "stories API, one after the other; p50, p99, requests per second and the answers' status codes.",
      "Build the store first, e.g. 'storyline bench ingest --data gva-dev.jsonl --sizes 10000 --store s.db'."
    })
final class BenchServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "STORE",
      description = "The store to serve (read only): a file, or jdbc:postgresql://HOST/DATABASE?user=USER.")
  String storeFile;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "Seconds measured per target (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up per target, not measured (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--readers", defaultValue = "4", description = "Store connections the server reads through (default: ${DEFAULT-VALUE}).")
  int readers;

  /** Words searched for, in turn; common in news of any kind. */
  private static final List<String> WORDS = List.of("police", "shooting", "man", "woman", "\"police said\"", "victim", "hospital", "county");

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (Stores.absent(storeFile)) {
      throw new ParameterException(spec.commandLine(), storeFile + ": no such store");
    }
    if (clients < 1 || seconds < 1 || warmup < 0 || readers < 1) {
      throw new ParameterException(spec.commandLine(), "--clients, --seconds and --readers must be at least 1, --warmup at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Store> stores = new ArrayList<>();
    try {
      for (int i = 0; i < readers; i++) {
        stores.add(Stores.open(storeFile));
      }
      PooledReader reader = new PooledReader(stores);
      List<String> storyPaths = storyPaths(reader);
      try (WebServer server = WebServer.start(ServeOptions.loopback(0), reader, q -> reader.search().search(q), Writes.readOnly())) {
        String base = "http://127.0.0.1:" + server.port();
        out.printf(Locale.ROOT, "store %s: %d articles, %d stories; %d clients, %d s per target after %d s warm-up; %d processors%n",
            storeFile, reader.articleCount(), reader.storyCount(), clients, seconds, warmup, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-12s %9s %9s %9s %9s  %s%n", "target", "requests", "req/s", "p50 ms", "p99 ms", "status codes");
        out.flush();
        run(out, "story page", base, n -> storyPaths.get(n % storyPaths.size()));
        run(out, "search API", base, n -> "/api/v1/search?q=" + java.net.URLEncoder.encode(WORDS.get(n % WORDS.size()), java.nio.charset.StandardCharsets.UTF_8));
        run(out, "stories API", base, n -> "/api/v1/stories?limit=50&cursor=" + cursor(n % 20 * 50));
      }
    } finally {
      stores.forEach(Store::close);
    }
    return 0;
  }

  /** Story pages to ask for: a spread of the stories, large and small. */
  private static List<String> storyPaths(StoreReader reader) {
    List<String> out = new ArrayList<>();
    for (Story s : reader.stories(StoreReader.StoryOrder.LATEST, 0, 200)) {
      out.add("/stories/" + s.id().value());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("the store has no stories");
    }
    return out;
  }

  private static String cursor(int offset) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private void run(PrintWriter out, String name, String base, java.util.function.IntFunction<String> paths) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    load(http, base, paths, warmup, new ConcurrentLinkedQueue<>(), new TreeMap<>());
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    Map<Integer, AtomicLong> statuses = new TreeMap<>();
    long t0 = System.nanoTime();
    load(http, base, paths, seconds, latencies, statuses);
    double wall = (System.nanoTime() - t0) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(Locale.ROOT, "%-12s %9d %9.0f %9.1f %9.1f  %s%n", name, sorted.length, sorted.length / wall,
        percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, statuses);
    out.flush();
  }

  /** {@link #clients} threads sending requests back to back for {@code secs} seconds. */
  private void load(HttpClient http, String base, java.util.function.IntFunction<String> paths, int secs,
      ConcurrentLinkedQueue<Long> latencies, Map<Integer, AtomicLong> statuses) throws InterruptedException {
    long end = System.nanoTime() + secs * 1_000_000_000L;
    AtomicLong counter = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        try {
          while (System.nanoTime() < end) {
            int n = (int) counter.getAndIncrement();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.apply(n))).timeout(Duration.ofSeconds(30)).build();
            long t1 = System.nanoTime();
            int status;
            try {
              status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
              status = -1;
            }
            latencies.add(System.nanoTime() - t1);
            synchronized (statuses) {
              statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }, "bench-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
