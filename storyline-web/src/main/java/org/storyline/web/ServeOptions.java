package org.storyline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and what it accepts.
 *
 * @param bind the address to listen on; loopback unless a token is given
 * @param port the port, 0 for any free one
 * @param token the secret every page and call must carry when set
 * @param maxBodyBytes the largest request body accepted (a {@code POST articles} batch)
 * @param maxBatch the most articles one {@code POST articles} may carry
 * @param admission how many searches run at once and how many may wait (searches cost milliseconds of
 *     CPU each; the other requests are answered from what the server keeps)
 */
public record ServeOptions(String bind, int port, Optional<String> token, long maxBodyBytes, int maxBatch, Admission admission) {

  /** The longest query string accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 4096;

  public ServeOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(admission, "admission");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    if (token.isPresent() && token.get().length() < 16) {
      throw new IllegalArgumentException("token must be at least 16 characters, not " + token.get().length());
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, not " + maxBodyBytes);
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, not " + maxBatch);
    }
    if (token.isEmpty() && !isLoopback(bind)) {
      throw new IllegalArgumentException("refusing to listen on " + bind
          + " without a token: anyone on that network could read the store and add articles (give --token, or bind 127.0.0.1)");
    }
  }

  /** Loopback, no token, 5 MiB bodies, batches of 100, searches admitted {@link Admission#forProcessors()}. */
  public static ServeOptions loopback(int port) {
    return new ServeOptions("127.0.0.1", port, Optional.empty(), 5L << 20, 100, Admission.forProcessors());
  }

  /** The same options with a token. */
  public ServeOptions withToken(String secret) {
    return new ServeOptions(bind, port, Optional.of(secret), maxBodyBytes, maxBatch, admission);
  }

  /** The same options listening on another address. */
  public ServeOptions withBind(String address) {
    return new ServeOptions(address, port, token, maxBodyBytes, maxBatch, admission);
  }

  /** The same options admitting searches otherwise. */
  public ServeOptions withAdmission(Admission limits) {
    return new ServeOptions(bind, port, token, maxBodyBytes, maxBatch, limits);
  }

  /** Whether {@code bind} names only this machine (a name is resolved: "localhost" is loopback). */
  static boolean isLoopback(String bind) {
    try {
      for (InetAddress a : InetAddress.getAllByName(bind)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve the address to listen on: " + bind, e);
    }
  }
}
