package org.storyline.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A polite HTTP fetcher for pages and feeds.
 *
 * <ul>
 *   <li>Only what the {@link NetworkPolicy} allows is fetched: http(s) to public addresses by
 *       default, checked before every request, redirects included.
 *   <li>robots.txt is fetched once per scheme, host and port and obeyed (see {@link Robots}); it is
 *       kept 24 hours. A robots.txt that answers 4xx allows everything; one that cannot be had (5xx,
 *       timeout, network failure, after retries) allows nothing for 10 minutes, as RFC 9309 asks.
 *   <li>Requests to one host are at least {@link FetchOptions#politenessDelay()} apart.
 *   <li>Redirects (301, 302, 303, 307, 308) are followed by hand, at most {@link
 *       FetchOptions#maxRedirects()}, each target checked like the first address; a loop is an error.
 *   <li>Timeouts, network failures, 5xx and 429 answers are tried again up to {@link
 *       FetchOptions#maxRetries()} times, waiting {@link FetchOptions#initialBackoff()}, then twice
 *       as long each time (or what {@code Retry-After} asks), at most {@link FetchOptions#maxBackoff()}.
 *   <li>A body over {@link FetchOptions#maxBytes()} is not read further and is an error.
 * </ul>
 *
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(FetchOptions.defaults());
 * Page page = fetcher.fetch(URI.create("https://example.com/news/1"));  // throws FetchException
 * }</pre>
 *
 * Thread-safe; meant to be shared, so that politeness and the robots.txt cache hold across callers.
 */
public final class Fetcher {

  private static final String ACCEPT_PAGES =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final long ROBOTS_MAX_BYTES = 500 * 1024;
  private static final long ROBOTS_KEEP_NANOS = TimeUnit.HOURS.toNanos(24);
  private static final long ROBOTS_UNAVAILABLE_KEEP_NANOS = TimeUnit.MINUTES.toNanos(10);

  private final FetchOptions options;
  private final HttpClient client;
  private final Politeness politeness;
  private final Map<String, KnownRobots> robots = new HashMap<>();

  /** A host's robots.txt: its rules, until when they hold, and why everything is disallowed when it could not be had. */
  private record KnownRobots(Robots rules, long until, String unavailable) {}

  /** One answer: its status, headers and (for 2xx) body. */
  private record Answer(URI uri, int status, HttpHeaders headers, byte[] body, int retries) {}

  public Fetcher(FetchOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.politeness = new Politeness(options.politenessDelay());
  }

  public FetchOptions options() {
    return options;
  }

  /**
   * Fetches {@code uri}, following redirects, and gives the 2xx answer with its whole body.
   *
   * @throws FetchException naming the address and why it could not be fetched
   * @throws InterruptedException when the thread is interrupted while waiting (the request is dropped)
   */
  public Page fetch(URI uri) throws FetchException, InterruptedException {
    Objects.requireNonNull(uri, "uri");
    return follow(withoutFragment(uri), false);
  }

  private Page follow(URI start, boolean forRobots) throws FetchException, InterruptedException {
    List<URI> chain = new ArrayList<>(List.of(start));
    URI current = start;
    while (true) {
      options.networkPolicy().check(current);
      if (!forRobots && options.obeyRobots()) {
        checkRobots(current);
      }
      Answer answer = withRetries(current, forRobots);
      int status = answer.status;
      if (isRedirect(status)) {
        URI next = redirectTarget(current, status, answer.headers);
        if (chain.contains(next)) {
          throw new FetchException(start, FetchException.Kind.REDIRECT, "redirect loop: " + path(chain, next));
        }
        if (chain.size() > options.maxRedirects()) {
          throw new FetchException(start, FetchException.Kind.REDIRECT,
              "too many redirects (more than " + options.maxRedirects() + "): " + path(chain, next));
        }
        chain.add(next);
        current = next;
        continue;
      }
      if (status / 100 != 2) {
        boolean again = status >= 500 || status == 429;
        throw new FetchException(current, FetchException.Kind.STATUS, "HTTP " + status
            + (answer.retries > 0 ? " (after " + answer.retries + " retries)" : ""), again, null);
      }
      String type = answer.headers.firstValue("content-type").orElse(null);
      return new Page(start, current, status, mediaType(type), charset(type), answer.body, Instant.now());
    }
  }

  private Answer withRetries(URI uri, boolean forRobots) throws FetchException, InterruptedException {
    long backoff = options.initialBackoff().toMillis();
    for (int attempt = 0; ; attempt++) {
      Answer answer;
      try {
        answer = exchange(uri, forRobots, attempt);
      } catch (FetchException e) {
        if (!e.isTransient() || attempt >= options.maxRetries()) {
          throw attempt == 0 ? e : new FetchException(uri, e.kind(), e.reason() + " (after " + attempt + " retries)",
              e.isTransient(), e.getCause());
        }
        Thread.sleep(Math.min(backoff, options.maxBackoff().toMillis()));
        backoff *= 2;
        continue;
      }
      if ((answer.status >= 500 || answer.status == 429) && attempt < options.maxRetries()) {
        long wait = Math.max(backoff, retryAfterMillis(answer.headers));
        Thread.sleep(Math.min(wait, options.maxBackoff().toMillis()));
        backoff *= 2;
        continue;
      }
      return answer;
    }
  }

  private Answer exchange(URI uri, boolean forRobots, int retries) throws FetchException, InterruptedException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .GET()
          .timeout(options.readTimeout())
          .header("User-Agent", options.userAgent())
          .header("Accept", forRobots ? "text/plain,*/*;q=0.5" : ACCEPT_PAGES)
          .build();
    } catch (IllegalArgumentException e) {
      throw new FetchException(uri, FetchException.Kind.REFUSED, "not a valid http(s) address: " + e.getMessage());
    }
    long cap = forRobots ? Math.min(ROBOTS_MAX_BYTES, options.maxBytes()) : options.maxBytes();
    AtomicReference<CappedBody> body = new AtomicReference<>();
    HttpResponse.BodyHandler<byte[]> handler = info -> {
      if (info.statusCode() / 100 != 2) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      OptionalLong length = info.headers().firstValueAsLong("content-length");
      CappedBody capped = new CappedBody(cap, forRobots, length.orElse(-1));
      body.set(capped);
      return capped;
    };
    String host = uri.getHost();
    politeness.await(host);
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
    try {
      HttpResponse<byte[]> response = future.get(
          options.connectTimeout().toMillis() + options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Answer(uri, response.statusCode(), response.headers(), response.body(), retries);
    } catch (TimeoutException e) {
      stop(future, body);
      throw new FetchException(uri, FetchException.Kind.TIMEOUT, "timed out: no whole answer within "
          + seconds(options.readTimeout()));
    } catch (InterruptedException e) {
      stop(future, body);
      throw e;
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause() == null ? e : e.getCause(), cap);
    } finally {
      politeness.done(host);
    }
  }

  private static void stop(CompletableFuture<?> future, AtomicReference<CappedBody> body) {
    future.cancel(true);
    CappedBody b = body.get();
    if (b != null) {
      b.abort();
    }
  }

  private FetchException failure(URI uri, Throwable cause, long cap) {
    if (cause instanceof CappedBody.TooLarge big) {
      return new FetchException(uri, FetchException.Kind.TOO_LARGE, "body over the " + String.format(Locale.ROOT, "%,d", cap)
          + "-byte limit (" + String.format(Locale.ROOT, "%,d", big.seen) + " bytes or more); not read further");
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException(uri, FetchException.Kind.TIMEOUT, "connect timed out after " + seconds(options.connectTimeout()));
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException(uri, FetchException.Kind.TIMEOUT, "timed out: no answer within " + seconds(options.readTimeout()));
    }
    if (cause instanceof ConnectException) {
      return new FetchException(uri, FetchException.Kind.NETWORK, "cannot connect: "
          + (cause.getMessage() == null ? "connection refused" : oneLine(cause)), true, cause);
    }
    if (cause instanceof UnresolvedAddressException) {
      return new FetchException(uri, FetchException.Kind.NETWORK, "unknown host " + uri.getHost());
    }
    if (cause instanceof IOException) {
      return new FetchException(uri, FetchException.Kind.NETWORK, "network failure: " + oneLine(cause), true, cause);
    }
    return new FetchException(uri, FetchException.Kind.NETWORK, "failed: " + cause.getClass().getSimpleName() + ": "
        + oneLine(cause), false, cause);
  }

  private void checkRobots(URI uri) throws FetchException, InterruptedException {
    String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    KnownRobots known;
    synchronized (robots) {
      known = robots.get(site);
    }
    if (known == null || System.nanoTime() - known.until > 0) {
      known = fetchRobots(uri);
      synchronized (robots) {
        robots.put(site, known);
      }
    }
    String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (known.unavailable != null) {
      throw new FetchException(uri, FetchException.Kind.ROBOTS, "robots.txt could not be fetched (" + known.unavailable
          + "), so nothing is fetched from this host for now");
    }
    if (!known.rules.allows(path)) {
      throw new FetchException(uri, FetchException.Kind.ROBOTS, "robots.txt disallows this path ("
          + known.rules.decidingRule(path) + ")");
    }
  }

  private KnownRobots fetchRobots(URI page) throws InterruptedException {
    long now = System.nanoTime();
    URI robotsUri;
    try {
      robotsUri = new URI(page.getScheme(), page.getRawAuthority(), "/robots.txt", null, null);
    } catch (URISyntaxException e) {
      return new KnownRobots(Robots.ALLOW_ALL, now + ROBOTS_KEEP_NANOS, null);
    }
    try {
      Page robotsTxt = follow(robotsUri, true);
      String text = new String(robotsTxt.body(), StandardCharsets.UTF_8);
      return new KnownRobots(Robots.parse(text, FetchOptions.ROBOTS_NAME), now + ROBOTS_KEEP_NANOS, null);
    } catch (FetchException e) {
      boolean allowAll = e.kind() == FetchException.Kind.STATUS && !e.isTransient()
          || e.kind() == FetchException.Kind.REDIRECT || e.kind() == FetchException.Kind.TOO_LARGE;
      return allowAll
          ? new KnownRobots(Robots.ALLOW_ALL, now + ROBOTS_KEEP_NANOS, null)
          : new KnownRobots(Robots.DISALLOW_ALL, now + ROBOTS_UNAVAILABLE_KEEP_NANOS, e.reason());
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI redirectTarget(URI current, int status, HttpHeaders headers) throws FetchException {
    String location = headers.firstValue("location").orElse(null);
    if (location == null || location.isBlank()) {
      throw new FetchException(current, FetchException.Kind.REDIRECT, "HTTP " + status + " without a Location header");
    }
    try {
      return withoutFragment(current.resolve(new URI(location.strip())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(current, FetchException.Kind.REDIRECT, "HTTP " + status + " to an unreadable address '"
          + location.strip() + "'");
    }
  }

  private static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  private static String path(List<URI> chain, URI next) {
    return chain.stream().map(URI::toString).collect(Collectors.joining(" -> ")) + " -> " + next;
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static long retryAfterMillis(HttpHeaders headers) {
    String value = headers.firstValue("retry-after").orElse("").strip();
    try {
      return Math.max(0, Long.parseLong(value)) * 1000;
    } catch (NumberFormatException e) {
      return 0; // an HTTP date, or nothing: our own back-off
    }
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() ? null : type;
  }

  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String value = p.substring("charset=".length()).replace("\"", "").strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }
}
