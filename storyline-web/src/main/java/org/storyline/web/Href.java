package org.storyline.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Addresses of this server's pages, each parameter percent-encoded (the page then escapes the whole
 * address for its attribute).
 */
final class Href {

  private Href() {}

  static String story(String id) {
    return "/stories/" + enc(id);
  }

  static String article(String id) {
    return "/articles/" + enc(id);
  }

  static String entity(String name) {
    return "/entity?name=" + enc(name);
  }

  /** {@code path} with the parameters whose values are not blank, in the order given. */
  static String with(String path, List<Map.Entry<String, String>> params) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> p : params) {
      if (p.getValue() != null && !p.getValue().isBlank()) {
        parts.add(enc(p.getKey()) + "=" + enc(p.getValue()));
      }
    }
    return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
