package org.storyline.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a paged list: where the next page starts. Clients pass back the {@code next}
 * value they were given; anything else is a 400.
 */
final class Cursor {

  private static final String PREFIX = "o:";

  private Cursor() {}

  static String after(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
  }

  /** The offset the cursor stands for; 0 for none. */
  static int offset(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        int offset = Integer.parseInt(text.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw Problem.badRequest("cursor '" + cursor + "' is not one this server gave: pass back the 'next' value of a previous page");
  }
}
