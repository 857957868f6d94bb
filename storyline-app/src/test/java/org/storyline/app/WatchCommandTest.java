package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.store.SeenItems;
import org.storyline.store.JdbcArticleStore;

class WatchCommandTest {

  @TempDir Path dir;
  private FeedServer server;
  private Path feeds;
  private Path store;

  @BeforeEach
  void setUp() throws Exception {
    server = new FeedServer();
    server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.serve("/feed.rss", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Loopback Times</title>
          <item><title>Flood</title><link>%s</link><guid>g1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
          <item><title>Fire</title><link>/fire.html</link><guid>g2</guid></item>
          <item><title>Gone</title><link>%s</link><guid>g3</guid></item>
          <item><title>Secret</title><link>%s</link><guid>g4</guid></item>
          <item><title>Picture</title><link>%s</link><guid>g5</guid></item>
        </channel></rss>
        """.formatted(server.url("/flood.html"), server.url("/gone.html"), server.url("/private/s.html"), server.url("/pic.png")));
    server.serve("/flood.html", "text/html; charset=utf-8",
        "<html><head><title>Flood in Valencia</title></head><body><p>The river rose overnight and hundreds left their homes.</p></body></html>");
    server.serve("/fire.html", "text/html",
        "<html><head><title>Fire</title><meta property=\"article:published_time\" content=\"2024-03-02\"></head>"
            + "<body><p>A fire broke out in the old town on Saturday night.</p></body></html>");
    server.serve("/private/s.html", "text/html", "<p>secret</p>");
    server.serve("/pic.png", "image/png", "PNG");
    server.serve("/notxml.rss", "application/rss+xml", "this is { not XML");
    feeds = dir.resolve("feeds.txt");
    Files.writeString(feeds, "# test feeds\n" + server.url("/feed.rss") + "\n\n" + server.url("/notxml.rss") + "  # broken\nftp://x/y\n");
    store = dir.resolve("s.db");
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private Cli.Run watchOnce() {
    return Cli.run("watch", feeds.toString(), "--store", store.toString(), "--once", "--allow-private", "--delay", "0.05");
  }

  @Test
  void watchOnce_twice_fetchesNoPageAgain() throws Exception {
    Cli.Run first = watchOnce();
    assertThat(first.status()).as(first.err()).isEqualTo(1);
    assertThat(first.out()).contains("Polled 2 feeds: 5 new items, 3 pages fetched, 2 articles stored, 4 errors.");
    assertThat(first.err().lines().toList()).containsExactlyInAnyOrder(
        feeds + ":5: error: not an http(s) address: 'ftp://x/y'; skipped",
        server.url("/gone.html") + ": error: HTTP 404",
        server.url("/private/s.html") + ": error: robots.txt disallows this path (Disallow: /private/)",
        server.url("/pic.png") + ": error: not an HTML page (content type image/png)",
        server.url("/notxml.rss") + ": error: not XML: " + notXmlReason(first.err()));
    assertThat(server.count("/flood.html")).isEqualTo(1);
    assertThat(server.count("/fire.html")).isEqualTo(1);
    assertThat(server.count("/private/s.html")).isZero();

    Cli.Run second = watchOnce();
    assertThat(second.out()).contains("Polled 2 feeds: 0 new items, 0 pages fetched, 0 articles stored, 1 error.");
    assertThat(server.count("/feed.rss")).isEqualTo(2);
    assertThat(server.count("/flood.html")).isEqualTo(1);
    assertThat(server.count("/fire.html")).isEqualTo(1);
    assertThat(server.count("/gone.html")).isEqualTo(1);
    assertThat(server.count("/pic.png")).isEqualTo(1);

    try (JdbcArticleStore s = JdbcArticleStore.open(store); SeenItems seen = SeenItems.open(SeenItems.besideStore(store))) {
      assertThat(seen.count()).isEqualTo(5);
      List<Article> articles = s.all();
      assertThat(articles).extracting(Article::url).containsExactlyInAnyOrder(server.url("/flood.html"), server.url("/fire.html"));
      Article flood = articles.stream().filter(a -> a.url().endsWith("/flood.html")).findFirst().orElseThrow();
      assertThat(flood.title()).isEqualTo("Flood in Valencia");
      assertThat(flood.outlet()).isEqualTo("Loopback Times");
      assertThat(flood.published().date()).isEqualTo(LocalDate.of(2024, 3, 5)); // the item's date: the page has none
      assertThat(flood.published().source()).isEqualTo(DateSource.METADATA);
      Article fire = articles.stream().filter(a -> a.url().endsWith("/fire.html")).findFirst().orElseThrow();
      assertThat(fire.published().date()).isEqualTo(LocalDate.of(2024, 3, 2)); // the page's own date
    }
    assertThat(Files.exists(dir.resolve("s.watch.db"))).isTrue();
  }

  private static String notXmlReason(String err) {
    return err.lines().filter(l -> l.contains("notxml.rss")).findFirst().orElse("")
        .replaceFirst("^.*?error: not XML: ", "");
  }

  @Test
  void watch_withoutAllowPrivate_refusesTheLoopbackFeed() {
    Cli.Run run = Cli.run("watch", feeds.toString(), "--store", store.toString(), "--once", "--delay", "0");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains(server.url("/feed.rss") + ": error: refused: 127.0.0.1 is a loopback address");
    assertThat(server.count("/feed.rss")).isZero();
  }

  @Test
  void watch_badOptions_areUsageErrors() throws Exception {
    assertThat(Cli.run("watch", feeds.toString(), "--interval", "0").status()).isEqualTo(Main.EXIT_USAGE);
    assertThat(Cli.run("watch", dir.resolve("missing.txt").toString(), "--once").status()).isEqualTo(Main.EXIT_USAGE);
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "# nothing\n");
    Cli.Run run = Cli.run("watch", empty.toString(), "--once", "--store", store.toString());
    assertThat(run.status()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("no feed addresses in the file");
  }
}
