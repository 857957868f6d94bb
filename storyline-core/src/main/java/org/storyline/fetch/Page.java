package org.storyline.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A fetched page: a 2xx answer with its whole body.
 *
 * @param requested the address asked for
 * @param uri the address the body came from, after redirects
 * @param status the HTTP status, 2xx
 * @param contentType the media type of {@code Content-Type} without parameters, lower case
 *     ({@code "text/html"}); {@code null} when the server sent none
 * @param charset the {@code charset} parameter of {@code Content-Type}, or {@code null}
 * @param body the body as sent (the array is not copied: do not change it)
 * @param fetchedAt when the answer came
 */
public record Page(URI requested, URI uri, int status, String contentType, String charset, byte[] body, Instant fetchedAt) {

  public Page {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  /** Whether the content type is HTML ({@code text/html} or {@code application/xhtml+xml}). */
  public boolean isHtml() {
    return "text/html".equals(contentType) || "application/xhtml+xml".equals(contentType);
  }
}
