package org.storyline.ingest;

import java.util.Locale;

/** Pieces of the one-line problem messages the ingest stage writes. */
final class Messages {

  private static final int LONGEST_QUOTE = 120;

  private Messages() {}

  /** {@code 16777216} as {@code "16,777,216"}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code "file is 104,857,600 bytes, over the 16,777,216-byte limit for one article"}. */
  static String overLimit(String what, long size, long limit, String unit) {
    return what + " is " + count(size) + " bytes, over the " + count(limit) + "-byte limit for one " + unit;
  }

  /** A throwable's message on one line, or its class name when it has none. */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return flatten(message);
  }

  /** Text with white space runs (line ends included) folded to one space, cut to a quotable length. */
  static String flatten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= LONGEST_QUOTE ? flat : flat.substring(0, LONGEST_QUOTE) + "...";
  }

  /** {@code 0xE9}. */
  static String hexByte(byte b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }
}
