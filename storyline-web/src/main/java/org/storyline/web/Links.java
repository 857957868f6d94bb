package org.storyline.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Which addresses from articles may become links: http and https with a host, nothing else. */
final class Links {

  private Links() {}

  /** The address as a link target, or empty when it is not an absolute http(s) address. */
  static Optional<String> safe(String address) {
    if (address == null || address.isBlank() || address.length() > 2048) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri.toASCIIString());
      }
    } catch (URISyntaxException e) {
      // not an address: shown as text, never linked
    }
    return Optional.empty();
  }
}
