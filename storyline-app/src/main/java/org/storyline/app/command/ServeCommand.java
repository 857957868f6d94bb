package org.storyline.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.fetch.FetchOptions;
import org.storyline.fetch.Fetcher;
import org.storyline.store.SeenItems;
import org.storyline.web.Admission;
import org.storyline.web.EngineWrites;
import org.storyline.web.PooledReader;
import org.storyline.web.ServeOptions;
import org.storyline.web.WebServer;
import org.storyline.web.Writes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store in a browser and over a REST API (/api/v1, documented at /api/docs).",
      "Listens on 127.0.0.1 only unless --bind names another address, which needs --token (or STORYLINE_TOKEN):",
      "then every page and call must carry it (header 'Authorization: Bearer TOKEN', or open a page once with ?token=TOKEN).",
      "--watch polls feeds in the same process; POST /api/v1/articles takes articles. Both go through the engine.",
      "Ctrl-C stops cleanly."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); any other needs --token.")
  String bind;

  @Option(names = "--token", paramLabel = "T",
      description = "Secret of at least 16 characters that every request must carry (default: $STORYLINE_TOKEN).")
  String token;

  @Option(names = "--watch", paramLabel = "FEEDS.txt", description = "Also poll these feeds, as 'watch' does.")
  Path feedsFile;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
      description = "Seconds between polls with --watch (default: ${DEFAULT-VALUE}).")
  long intervalSeconds;

  @Mixin PoliteFetchOptions fetch;

  @Option(names = "--readers", defaultValue = "4",
      description = "Store connections the requests read through (default: ${DEFAULT-VALUE}).")
  int readers;

  @Option(names = "--story-memory", paramLabel = "MIB", defaultValue = "128",
      description = "MiB of rendered story pages and story API answers kept in memory, gzip'd (default: ${DEFAULT-VALUE}; "
          + "0 renders each at its request).")
  long storyMemoryMib;

  @Option(names = "--search-threads", paramLabel = "N",
      description = "Searches run at once (default: the processors); the others wait their turn in arrival order.")
  Integer searchThreads;

  @Option(names = "--search-queue", paramLabel = "N", defaultValue = "" + Admission.DEFAULT_WAITING,
      description = "Searches that may wait for a turn (default: ${DEFAULT-VALUE}); one more is answered 503 at once.")
  int searchQueue;

  @Option(names = "--search-wait", paramLabel = "MS", defaultValue = "5000",
      description = "Milliseconds a search may wait for its turn before it is answered 503 (default: ${DEFAULT-VALUE}).")
  long searchWaitMs;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServeOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<URI> feeds = feedsFile == null ? List.of() : WatchCommand.readFeeds(spec, feedsFile, err);
    FetchOptions fetchOptions = fetch.fetchOptions(spec);
    List<Store> readStores = new ArrayList<>();
    CountDownLatch closed = new CountDownLatch(1);
    try (Store writeStore = store.open(); Engine engine = StoreOption.engine(writeStore)) {
      for (int i = 0; i < readers; i++) {
        readStores.add(store.open()); // each request thread reads on a connection of its own
      }
      PooledReader reader = new PooledReader(readStores);
      Writes writes = new EngineWrites(engine);
      // the index is asked at each search, so a store without one answers 501 there and serves the rest
      try (WebServer server = WebServer.start(options, reader, query -> reader.search().search(query), writes, storyMemoryMib << 20)) {
        Thread hook = new Thread(() -> {
          server.close();
          await(closed);
        }, "storyline-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Serving " + store.location + " (" + reader.articleCount() + " articles) at http://" + host(options)
            + ":" + server.port() + "/  (API: /api/v1, docs: /api/docs). Ctrl-C stops.");
        out.flush();
        Thread watcher = feeds.isEmpty() ? null : watch(feeds, fetchOptions, server.writes(), err);
        server.join();
        if (watcher != null) {
          watcher.interrupt();
        }
      }
    } finally {
      readStores.forEach(Store::close);
      closed.countDown();
    }
    return 0;
  }

  private ServeOptions options() {
    if (storyMemoryMib < 0 || storyMemoryMib > 1 << 20) {
      throw new ParameterException(spec.commandLine(), "--story-memory must be 0 to 1048576 MiB, not " + storyMemoryMib);
    }
    String secret = token != null ? token : System.getenv("STORYLINE_TOKEN");
    try {
      return new ServeOptions(bind, port, Optional.ofNullable(secret).filter(s -> !s.isBlank()), 5L << 20, 100, admission());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Admission admission() {
    int running = searchThreads != null ? searchThreads : Admission.forProcessors().running();
    try {
      return new Admission(running, searchQueue, Duration.ofMillis(searchWaitMs));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--search-threads, --search-queue, --search-wait: " + e.getMessage());
    }
  }

  private static String host(ServeOptions options) {
    return options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
  }

  /** Polls the feeds every --interval on a thread of its own, storing through the same engine writes. */
  private Thread watch(List<URI> feeds, FetchOptions fetch, Writes writes, PrintWriter err) {
    Path state = SeenItems.besideStore(store.location);
    Thread t = new Thread(() -> {
      try (SeenItems seen = SeenItems.open(state)) {
        Watcher.Sink sink = Watcher.Sink.of(writes::add, writes::recordProblems);
        Watcher watcher = new Watcher(feeds, new Fetcher(fetch), new BoilerplateCleaner(), sink, seen, err);
        while (!Thread.currentThread().isInterrupted()) {
          watcher.poll();
          Thread.sleep(TimeUnit.SECONDS.toMillis(intervalSeconds));
        }
      } catch (InterruptedException e) {
        // stopping
      }
    }, "storyline-serve-watch");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
