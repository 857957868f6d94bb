package org.storyline.model;

/**
 * The form of Storyline's ids: a number of lowercase hex digits. Checked by hand rather than by a
 * regular expression because every id read from a store is checked (a page of claim groups makes
 * thousands).
 */
public final class HexId {

  private HexId() {}

  /** Whether {@code value} is exactly {@code digits} lowercase hex digits. */
  public static boolean is(String value, int digits) {
    return is(value, 0, digits);
  }

  /** Whether {@code value} is exactly {@code digits} lowercase hex digits after its first {@code from} characters. */
  public static boolean is(String value, int from, int digits) {
    if (value.length() != from + digits) {
      return false;
    }
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
