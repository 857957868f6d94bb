package org.storyline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

  private static final String HTML = "<html><head><title>A</title></head><body><p>Hello.</p></body></html>";

  private TestServer server;

  /** Loopback let through, nothing else private; quick retries; no politeness unless a test asks. */
  private static FetchOptions options() throws Exception {
    return FetchOptions.defaults()
        .withNetworkPolicy(NetworkPolicy.publicOnly().allowing(InetAddress.getByName("127.0.0.1")))
        .withPolitenessDelay(Duration.ZERO)
        .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(50))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\nAllow: /private/open\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fetch_page_givesBodyTypeAndCharset() throws Exception {
    server.page("/a.html", "text/html; charset=ISO-8859-1", HTML);
    Page page = new Fetcher(options()).fetch(server.uri("/a.html"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo("ISO-8859-1");
    assertThat(page.isHtml()).isTrue();
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
    assertThat(server.requests()).extracting(TestServer.Request::userAgent)
        .allMatch(ua -> ua.startsWith("Storyline/0.1 (+https://github.com/"));
  }

  @Test
  void fetch_robotsDisallowed_isRefusedWithoutRequestingThePage() throws Exception {
    server.page("/private/x", "text/html", HTML);
    server.page("/private/open/y", "text/html", HTML);
    Fetcher fetcher = new Fetcher(options());
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/private/x")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS))
        .hasMessageContaining("robots.txt disallows this path (Disallow: /private)");
    assertThat(server.count("/private/x")).isZero();
    assertThat(fetcher.fetch(server.uri("/private/open/y")).status()).isEqualTo(200); // the longer Allow wins
    assertThat(server.count("/robots.txt")).isEqualTo(1); // cached per host
  }

  @Test
  void fetch_redirects_areFollowed() throws Exception {
    server.on("/old", ex -> TestServer.redirect(ex, 301, "/mid"));
    server.on("/mid", ex -> TestServer.redirect(ex, 302, server.uri("/new").toString()));
    server.page("/new", "text/html", HTML);
    Page page = new Fetcher(options()).fetch(server.uri("/old"));
    assertThat(page.uri()).isEqualTo(server.uri("/new"));
    assertThat(page.requested()).isEqualTo(server.uri("/old"));
  }

  @Test
  void fetch_redirectLoop_isAnError() throws Exception {
    server.on("/a", ex -> TestServer.redirect(ex, 302, "/b"));
    server.on("/b", ex -> TestServer.redirect(ex, 302, "/a"));
    assertThatThrownBy(() -> new Fetcher(options()).fetch(server.uri("/a")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REDIRECT))
        .hasMessageContaining("redirect loop: " + server.uri("/a") + " -> " + server.uri("/b") + " -> " + server.uri("/a"));
  }

  @Test
  void fetch_tooManyRedirects_isAnError() throws Exception {
    for (int i = 0; i < 10; i++) {
      int next = i + 1;
      server.on("/r" + i, ex -> TestServer.redirect(ex, 307, "/r" + next));
    }
    assertThatThrownBy(() -> new Fetcher(options()).fetch(server.uri("/r0")))
        .hasMessageContaining("too many redirects (more than 5)");
    assertThat(server.count("/r5")).isEqualTo(1);
    assertThat(server.count("/r6")).isZero();
  }

  @Test
  void fetch_redirectToPrivateAddress_isRefusedBeforeConnecting() throws Exception {
    server.on("/meta", ex -> TestServer.redirect(ex, 302, "http://169.254.169.254/latest/meta-data/"));
    server.on("/intranet", ex -> TestServer.redirect(ex, 302, "http://10.0.0.1/admin"));
    Fetcher fetcher = new Fetcher(options());
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/meta")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
        .hasMessageContaining("169.254.169.254 is a link-local address");
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/intranet")))
        .hasMessageContaining("10.0.0.1 is a private address (use --allow-private");
  }

  @Test
  void fetch_slowAnswer_timesOut() throws Exception {
    server.on("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestServer.send(ex, 200, "text/html", HTML);
    });
    FetchOptions quick = options().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10));
    assertThatThrownBy(() -> new Fetcher(quick).fetch(server.uri("/slow")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
          assertThat(e.isTransient()).isTrue();
        })
        .hasMessageContaining("timed out")
        .hasMessageContaining("(after 1 retries)");
    assertThat(server.count("/slow")).isEqualTo(2);
  }

  @Test
  void fetch_slowBody_timesOut() throws Exception {
    server.on("/trickle", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 30; i++) {
          out.write("<p>x</p>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    FetchOptions quick = options().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500)).withRetries(0, Duration.ZERO, Duration.ZERO);
    assertThatThrownBy(() -> new Fetcher(quick).fetch(server.uri("/trickle")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
  }

  @Test
  void fetch_hugeBody_stopsAtTheCap() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    AtomicInteger written = new AtomicInteger();
    server.on("/huge", ex -> { // chunked: no Content-Length to refuse it by
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 1600; i++) { // 100 MiB if nobody stops it
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
      }
    });
    server.page("/big", "text/html", "y".repeat(300_000)); // with a Content-Length
    Fetcher fetcher = new Fetcher(options().withMaxBytes(256 * 1024));
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/huge")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE))
        .hasMessageContaining("body over the 262,144-byte limit");
    assertThatThrownBy(() -> fetcher.fetch(server.uri("/big")))
        .hasMessageContaining("body over the 262,144-byte limit (300,000 bytes or more)");
    Thread.sleep(200);
    assertThat(written.get()).isLessThan(50 * 1024 * 1024);
  }

  @Test
  void fetch_503Then200_isRetried() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.on("/flaky", ex -> {
      if (calls.incrementAndGet() == 1) {
        TestServer.send(ex, 503, "text/plain", "busy");
      } else {
        TestServer.send(ex, 200, "text/html", HTML);
      }
    });
    assertThat(new Fetcher(options()).fetch(server.uri("/flaky")).status()).isEqualTo(200);
    assertThat(server.count("/flaky")).isEqualTo(2);
  }

  @Test
  void fetch_404_isNotRetried() throws Exception {
    assertThatThrownBy(() -> new Fetcher(options()).fetch(server.uri("/missing")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(FetchException.Kind.STATUS);
          assertThat(e.isTransient()).isFalse();
        })
        .hasMessage(server.uri("/missing") + ": HTTP 404");
    assertThat(server.count("/missing")).isEqualTo(1);
  }

  @Test
  void fetch_always503_givesUpAfterTheRetries() throws Exception {
    server.on("/down", ex -> TestServer.send(ex, 503, "text/plain", "down"));
    assertThatThrownBy(() -> new Fetcher(options()).fetch(server.uri("/down")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isTransient()).isTrue())
        .hasMessageEndingWith("HTTP 503 (after 3 retries)");
    assertThat(server.count("/down")).isEqualTo(4);
  }

  @Test
  void fetch_robotsUnavailable_fetchesNothingFromTheHost() throws Exception {
    server.on("/robots.txt", ex -> TestServer.send(ex, 500, "text/plain", "oops"));
    server.page("/a.html", "text/html", HTML);
    assertThatThrownBy(() -> new Fetcher(options()).fetch(server.uri("/a.html")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS))
        .hasMessageContaining("robots.txt could not be fetched (HTTP 500 (after 3 retries))");
    assertThat(server.count("/a.html")).isZero();
  }

  @Test
  void fetch_robotsMissing_allowsEverything() throws Exception {
    server.on("/robots.txt", ex -> TestServer.send(ex, 404, "text/plain", "none"));
    server.page("/private/a.html", "text/html", HTML);
    assertThat(new Fetcher(options()).fetch(server.uri("/private/a.html")).status()).isEqualTo(200);
  }

  @Test
  void fetch_twiceFromOneHost_keepsThePolitenessDelay() throws Exception {
    server.page("/1", "text/html", HTML);
    server.page("/2", "text/html", HTML);
    Fetcher fetcher = new Fetcher(options().withPolitenessDelay(Duration.ofMillis(400)));
    fetcher.fetch(server.uri("/1"));
    fetcher.fetch(server.uri("/2"));
    List<TestServer.Request> requests = server.requests();
    assertThat(requests).extracting(TestServer.Request::path).containsExactly("/robots.txt", "/1", "/2");
    for (int i = 1; i < requests.size(); i++) {
      long gapMillis = (requests.get(i).nanos() - requests.get(i - 1).nanos()) / 1_000_000;
      assertThat(gapMillis).as("gap before request %d", i).isGreaterThanOrEqualTo(350);
    }
  }

  @Test
  void fetch_withoutPrivateAllowed_refusesTheLoopbackServer() throws Exception {
    Fetcher strict = new Fetcher(options().withNetworkPolicy(NetworkPolicy.publicOnly()));
    assertThatThrownBy(() -> strict.fetch(server.uri("/a.html")))
        .hasMessageContaining("127.0.0.1 is a loopback address");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void options_outOfRange_areRefusedByName() {
    assertThatThrownBy(() -> FetchOptions.defaults().withMaxRedirects(11)).hasMessageContaining("maxRedirects must be in 0..10");
    assertThatThrownBy(() -> FetchOptions.defaults().withMaxBytes(0)).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> FetchOptions.defaults().withPolitenessDelay(Duration.ofMillis(-1)))
        .hasMessageContaining("politenessDelay must not be negative");
    assertThatThrownBy(() -> FetchOptions.defaults().withUserAgent("a\nb")).hasMessageContaining("userAgent");
  }

  @Test
  void fetch_fragment_isDropped() throws Exception {
    server.page("/a.html", "text/html", HTML);
    Page page = new Fetcher(options()).fetch(URI.create(server.uri("/a.html") + "#top"));
    assertThat(page.uri()).isEqualTo(server.uri("/a.html"));
  }
}
