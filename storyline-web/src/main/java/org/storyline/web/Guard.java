package org.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * What every request passes first: the size of its query, the token when the server has one
 * (header {@code Authorization: Bearer T} or the cookie set by {@code ?token=T}, compared in
 * constant time), and the headers that keep a page inert (a Content-Security-Policy without inline
 * script, no sniffing, no framing).
 */
final class Guard {

  static final String COOKIE = "storyline_token";

  /** Scripts and styles from this server only; no inline script, no plug-ins, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Optional<byte[]> token;

  Guard(Optional<String> token) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin"); // not no-referrer: with it the browser posts forms with Origin: null
    String query = ctx.queryString();
    if (query != null && query.length() > ServeOptions.MAX_QUERY_CHARS) {
      throw new Problem(414, "URI too long", "the query string has " + query.length() + " characters; at most "
          + ServeOptions.MAX_QUERY_CHARS + " are accepted");
    }
    if (token.isPresent()) {
      authenticate(ctx);
    }
    sameOrigin(ctx);
  }

  /**
   * A form or call that writes must come from this server's own pages (or from a client that sends
   * no Origin): a page elsewhere cannot post to a server on the reader's loopback.
   */
  private static void sameOrigin(Context ctx) {
    String method = ctx.method().name();
    String origin = ctx.header("Origin");
    if (method.equals("GET") || method.equals("HEAD") || origin == null) {
      return;
    }
    String host = ctx.header("Host");
    if (host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
      throw new Problem(403, "Forbidden", "a write from another site (Origin " + origin + ") is refused");
    }
  }

  private void authenticate(Context ctx) {
    String offered = ctx.queryParam("token");
    if (offered != null && ctx.method().name().equals("GET") && matches(offered)) {
      // a browser signs in once with ?token=: the cookie carries it from then on, and the address loses it
      ctx.cookie(new Cookie(COOKIE, offered, "/", -1, false, true, null, SameSite.STRICT));
      ctx.redirect(ctx.path());
      ctx.skipRemainingHandlers();
      return;
    }
    String header = ctx.header("Authorization");
    if (header != null && header.startsWith("Bearer ") && matches(header.substring(7).strip())) {
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null && matches(cookie)) {
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer");
    throw new Problem(401, "Unauthorized", "this server needs its token: header 'Authorization: Bearer TOKEN', "
        + "or open any page once with ?token=TOKEN");
  }

  /** Constant time in the length of the offered value: no early exit on the first differing byte. */
  private boolean matches(String offered) {
    return MessageDigest.isEqual(token.orElseThrow(), offered.getBytes(StandardCharsets.UTF_8));
  }
}
