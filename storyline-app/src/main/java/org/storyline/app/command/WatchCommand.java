package org.storyline.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.storyline.app.Main;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.fetch.FetchOptions;
import org.storyline.fetch.Fetcher;
import org.storyline.kafka.DocumentPublisher;
import org.storyline.kafka.KafkaTarget;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.store.SeenItems;
import org.storyline.engine.Engine;
import org.storyline.engine.Store;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Poll RSS and Atom feeds and store the pages of their new items.",
      "FEEDS.txt lists feed addresses, one a line; '#' starts a comment.",
      "Items already seen are remembered in a file next to the store (storyline.db: storyline.watch.db) and not fetched again, also after a restart.",
      "Pages are fetched politely: robots.txt obeyed, one request per host per --delay, public addresses only unless --allow-private.",
      "Ctrl-C stops cleanly.",
      "With --to kafka://HOST:PORT/TOPIC the pages are published on the topic instead of stored, for the Flink job."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped, or with --once: a poll without errors", "1:with --once: some feeds or items failed (one line each on stderr)", "2:usage error"})
public final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin KafkaOption kafka;

  @Parameters(index = "0", paramLabel = "FEEDS.txt", description = "Feed addresses, one a line.")
  Path feedsFile;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
      description = "Seconds between polls (default: ${DEFAULT-VALUE}).")
  long intervalSeconds;

  @Option(names = "--once", description = "Poll once and exit (for cron and tests).")
  boolean once;

  @Mixin PoliteFetchOptions fetch;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Where seen items are remembered (default: the store's name with .watch.db).")
  Path stateFile;

  @Override
  public Integer call() throws IOException {
    if (intervalSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--interval must be at least 1 second, not " + intervalSeconds);
    }
    FetchOptions options = fetch.fetchOptions(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<URI> feeds = readFeeds(spec, feedsFile, err);
    if (feeds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), feedsFile + ": no feed addresses in the file");
    }
    Path state = stateFile != null ? stateFile : SeenItems.besideStore(store.location);
    Stopper stopper = Stopper.install();
    try {
      if (kafka.publishing()) {
        KafkaTarget target = kafka.target(spec);
        try (DocumentPublisher publisher = DocumentPublisher.open(target); SeenItems seen = SeenItems.open(state)) {
          Watcher watcher = new Watcher(feeds, new Fetcher(options), new BoilerplateCleaner(), Watcher.Sink.publishing(publisher),
              seen, err);
          return loop(watcher, stopper, out, () -> "Topic: " + target + " (" + publisher.counts().acknowledged()
              + " documents published).");
        }
      }
      try (Store articles = store.open(); Engine engine = StoreOption.engine(articles); SeenItems seen = SeenItems.open(state)) {
        Watcher.Sink sink = Watcher.Sink.of(engine::add, engine::recordProblems);
        Watcher watcher = new Watcher(feeds, new Fetcher(options), new BoilerplateCleaner(), sink, seen, err);
        return loop(watcher, stopper, out, () -> "Store: " + store.location + " (" + articles.articleCount() + " articles).");
      }
    } finally {
      Thread.interrupted(); // a stop may have come after the last wait
      stopper.finished();
    }
  }

  /** Polls until stopped (or once); {@code where} says where the articles went, after each poll. */
  private int loop(Watcher watcher, Stopper stopper, PrintWriter out, java.util.function.Supplier<String> where) {
    while (true) {
      Watcher.Poll poll;
      try {
        poll = watcher.poll();
      } catch (InterruptedException e) {
        out.println("Stopped. " + where.get());
        return 0;
      }
      out.println(summary(poll) + " " + where.get());
      out.flush();
      if (once) {
        return poll.errors() == 0 ? 0 : Main.EXIT_FAILED_INPUTS;
      }
      if (!stopper.sleep(TimeUnit.SECONDS.toMillis(intervalSeconds))) {
        out.println("Stopped. " + where.get());
        return 0;
      }
    }
  }

  /** The feed addresses of {@code feedsFile}; a line that is not an http(s) address is one line on {@code err}. */
  static List<URI> readFeeds(CommandSpec spec, Path feedsFile, PrintWriter err) throws IOException {
    if (!Files.isRegularFile(feedsFile)) {
      throw new ParameterException(spec.commandLine(), feedsFile + ": no such file");
    }
    List<URI> feeds = new ArrayList<>();
    List<String> lines = Files.readAllLines(feedsFile, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String address = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (address.isEmpty()) {
        continue;
      }
      try {
        URI uri = new URI(address);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          feeds.add(uri);
          continue;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      err.println(Problem.error(new Origin(feedsFile.toString(), i + 1), "not an http(s) address: '" + address + "'; skipped"));
    }
    err.flush();
    return feeds;
  }

  private static String summary(Watcher.Poll poll) {
    return "Polled " + poll.feeds() + (poll.feeds() == 1 ? " feed: " : " feeds: ") + poll.newItems() + " new items, "
        + poll.pagesFetched() + " pages fetched, " + poll.stored() + " articles stored, " + poll.errors()
        + (poll.errors() == 1 ? " error." : " errors.");
  }

  /**
   * Ctrl-C: the shutdown hook interrupts the watching thread and waits (a few seconds at most) until
   * it has closed the store, so no write is cut off half-way.
   */
  private static final class Stopper {
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private Stopper(Thread watching) {
      hook = new Thread(() -> {
        stopping.set(true);
        watching.interrupt();
        try {
          finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "storyline-watch-stop");
    }

    static Stopper install() {
      Stopper s = new Stopper(Thread.currentThread());
      Runtime.getRuntime().addShutdownHook(s.hook);
      return s;
    }

    /** Sleeps; false when stopped meanwhile. */
    boolean sleep(long millis) {
      try {
        Thread.sleep(millis);
        return !stopping.get();
      } catch (InterruptedException e) {
        return false;
      }
    }

    void finished() {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and has just been released
      }
    }
  }
}
