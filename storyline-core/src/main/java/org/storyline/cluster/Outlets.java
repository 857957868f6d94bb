package org.storyline.cluster;

import java.net.URI;

/** How an article's outlet is named where stories and search show it. */
public final class Outlets {

  private Outlets() {}

  /**
   * The outlet, else the host of the address without {@code www.} (an archived page's original
   * address for the Wayback Machine); null when neither is known.
   */
  public static String name(String outlet, String url) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet.strip();
    }
    if (url == null) {
      return null;
    }
    try {
      int wayback = url.indexOf("/http", 8);
      if (url.contains("web.archive.org") && wayback > 0) {
        url = url.substring(wayback + 1);
      }
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
