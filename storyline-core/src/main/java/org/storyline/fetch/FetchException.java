package org.storyline.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A page that could not be fetched. The message is one line naming the address and the reason
 * ({@code "https://example.com/a: HTTP 404 Not Found"}); {@link #kind()} says which kind of
 * failure it was and {@link #isTransient()} whether trying again later may succeed.
 */
public final class FetchException extends Exception {

  /** The kinds of failure. */
  public enum Kind {
    /** Not an http(s) address, or one that resolves to an address the network policy refuses. */
    REFUSED(false),
    /** robots.txt of the host disallows the path, or could not be fetched (then nothing is). */
    ROBOTS(false),
    /** The server answered with a status other than 2xx. */
    STATUS(false),
    /** The body was over the size limit. */
    TOO_LARGE(false),
    /** Connecting or reading timed out. */
    TIMEOUT(true),
    /** Too many redirects, or a redirect loop, or a redirect without a usable {@code Location}. */
    REDIRECT(false),
    /** The host could not be resolved or reached, or the connection failed. */
    NETWORK(true);

    final boolean isTransient;

    Kind(boolean isTransient) {
      this.isTransient = isTransient;
    }
  }

  private final URI uri;
  private final Kind kind;
  private final boolean isTransient;

  FetchException(URI uri, Kind kind, String reason) {
    this(uri, kind, reason, kind.isTransient, null);
  }

  FetchException(URI uri, Kind kind, String reason, boolean isTransient, Throwable cause) {
    super(Objects.requireNonNull(uri, "uri") + ": " + Objects.requireNonNull(reason, "reason"), cause);
    this.uri = uri;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.isTransient = isTransient;
  }

  /** The address that failed (after redirects: the one the failure happened at). */
  public URI uri() {
    return uri;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the same fetch may succeed later: timeouts, network failures, 5xx and 429 answers. */
  public boolean isTransient() {
    return isTransient;
  }

  /** The reason without the address. */
  public String reason() {
    String message = getMessage();
    return message.substring(uri.toString().length() + 2);
  }
}
