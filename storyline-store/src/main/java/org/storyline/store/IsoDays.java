package org.storyline.store;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Days as the store writes them ({@link LocalDate#toString}, "2022-01-24"), read by hand: a page of
 * claim groups reads thousands, and {@link LocalDate#parse} resolves each through a formatter.
 * Anything else (a year past 9999, a malformed text) goes to {@link LocalDate#parse}, which
 * answers or refuses it as ever.
 */
final class IsoDays {

  private IsoDays() {}

  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // "2022-02-30": refused below with the parser's own message
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The ASCII digits of {@code [from, to)} as a number, or -1 when one is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
