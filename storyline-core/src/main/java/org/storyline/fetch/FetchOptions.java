package org.storyline.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves, checked whole when built; each {@code with} method gives a copy
 * with one setting changed.
 *
 * <p>Example: {@code FetchOptions.defaults().withPolitenessDelay(Duration.ofSeconds(2))}.
 *
 * @param userAgent sent with every request, and the name robots.txt rules are looked up by
 *     ({@value #ROBOTS_NAME}, else {@code *})
 * @param politenessDelay the least time between the end of one request to a host and the start of
 *     the next; zero turns politeness off
 * @param connectTimeout how long connecting may take
 * @param readTimeout how long the whole answer, headers and body, may take once the request is sent
 * @param maxBytes the largest body read; a larger one is an error
 * @param maxRedirects how many redirects are followed, 0 to 10
 * @param maxRetries how many times a request is tried again after a timeout, a network failure, a
 *     5xx or a 429 answer, 0 to 10
 * @param initialBackoff the wait before the first retry; each further one waits twice as long
 * @param maxBackoff the longest wait before a retry, also for a {@code Retry-After} the server asks
 * @param networkPolicy the addresses that may be fetched
 * @param obeyRobots whether robots.txt is fetched and obeyed
 */
public record FetchOptions(
    String userAgent,
    Duration politenessDelay,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    int maxRedirects,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    NetworkPolicy networkPolicy,
    boolean obeyRobots) {

  /** The product token robots.txt groups are matched against. */
  public static final String ROBOTS_NAME = "storyline";

  public static final String DEFAULT_USER_AGENT = "Storyline/0.1 (+https://github.com/storyline-news/storyline)";

  public FetchOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
      throw new IllegalArgumentException("userAgent must be printable ASCII and not blank: '" + userAgent + "'");
    }
    requireNotNegative(politenessDelay, "politenessDelay");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requireNotNegative(initialBackoff, "initialBackoff");
    requireNotNegative(maxBackoff, "maxBackoff");
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 8) + ", not " + maxBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 10) {
      throw new IllegalArgumentException("maxRedirects must be in 0..10, not " + maxRedirects);
    }
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException("maxRetries must be in 0..10, not " + maxRetries);
    }
    Objects.requireNonNull(networkPolicy, "networkPolicy");
  }

  /**
   * 1 s between requests to a host, 10 s to connect, 30 s to read, 16 MiB, 5 redirects, 3 retries
   * waiting 1, 2 and 4 s (at most 60 s), public addresses only, robots.txt obeyed.
   */
  public static FetchOptions defaults() {
    return new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30),
        16L * 1024 * 1024, 5, 3, Duration.ofSeconds(1), Duration.ofSeconds(60), NetworkPolicy.publicOnly(), true);
  }

  public FetchOptions withUserAgent(String value) {
    return new FetchOptions(value, politenessDelay, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries,
        initialBackoff, maxBackoff, networkPolicy, obeyRobots);
  }

  public FetchOptions withPolitenessDelay(Duration value) {
    return new FetchOptions(userAgent, value, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries,
        initialBackoff, maxBackoff, networkPolicy, obeyRobots);
  }

  public FetchOptions withTimeouts(Duration connect, Duration read) {
    return new FetchOptions(userAgent, politenessDelay, connect, read, maxBytes, maxRedirects, maxRetries,
        initialBackoff, maxBackoff, networkPolicy, obeyRobots);
  }

  public FetchOptions withMaxBytes(long value) {
    return new FetchOptions(userAgent, politenessDelay, connectTimeout, readTimeout, value, maxRedirects, maxRetries,
        initialBackoff, maxBackoff, networkPolicy, obeyRobots);
  }

  public FetchOptions withMaxRedirects(int value) {
    return new FetchOptions(userAgent, politenessDelay, connectTimeout, readTimeout, maxBytes, value, maxRetries,
        initialBackoff, maxBackoff, networkPolicy, obeyRobots);
  }

  public FetchOptions withRetries(int retries, Duration initial, Duration max) {
    return new FetchOptions(userAgent, politenessDelay, connectTimeout, readTimeout, maxBytes, maxRedirects, retries,
        initial, max, networkPolicy, obeyRobots);
  }

  public FetchOptions withNetworkPolicy(NetworkPolicy value) {
    return new FetchOptions(userAgent, politenessDelay, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries,
        initialBackoff, maxBackoff, value, obeyRobots);
  }

  public FetchOptions withObeyRobots(boolean value) {
    return new FetchOptions(userAgent, politenessDelay, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries,
        initialBackoff, maxBackoff, networkPolicy, value);
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, not " + d);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + d);
    }
  }
}
