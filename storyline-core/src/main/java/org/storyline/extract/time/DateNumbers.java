package org.storyline.extract.time;

import java.time.Month;
import java.util.Set;
import org.storyline.extract.time.DateNumbers.YearAt;

/**
 * Readers of the numbers and names a date is made of, each at one token: a day of the month,
 * an ordinal, a year in digits or words, a month name. Each returns -1 or null when the token is
 * not one.
 */
final class DateNumbers {

  /** Words before "two thousand" that make it a year. */
  private static final Set<String> BEFORE_YEAR = Set.of("in", "by", "since", "until", "till", "of");

  private final ScanTokens tokens;

  DateNumbers(ScanTokens tokens) {
    this.tokens = tokens;
  }

  /** A day of the month: "10", "10th", "1st"; -1 when token {@code k} is not one. */
  int dayNumber(int k) {
    Token t = tokens.tok(k);
    if (t == null || !t.isNumber()) {
      return -1;
    }
    String s = t.lower();
    if (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int v = Integer.parseInt(s);
    if (v < 1 || v > 31 || tokens.is(k + 1, "%") || tokens.is(k + 1, "percent")) {
      return -1;
    }
    return v;
  }

  /** An ordinal at token {@code k}, "20th" or "third"; -1 if none. */
  int ordinalNumber(int k) {
    Integer word = Lexicon.ORDINALS.get(tokens.w(k));
    if (word != null) {
      return word;
    }
    String s = tokens.w(k);
    if (tokens.tok(k) == null || !tokens.tok(k).isNumber() || s.length() < 3 || !(s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
      return -1;
    }
    String digits = s.substring(0, s.length() - 2);
    return digits.length() <= 2 && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
  }

  /** A year at a token and the token after it. */
  record YearAt(int year, int end) {}

  /** A year written in digits ("1994") or in words ("nineteen ninety-four") at token {@code k}, or null. */
  YearAt yearAt(int k) {
    int y = yearNumber(k);
    return y > 0 ? new YearAt(y, k + 1) : spelledYear(k);
  }

  /**
   * A year in words, as broadcast transcripts write them: "nineteen ninety-four", "nineteen
   * eighty", "nineteen hundred", "two thousand", "two thousand and one"; null if none starts at
   * {@code k}. "Two thousand" alone is a year only after "the year" or a preposition, since it is
   * more often a count.
   */
  YearAt spelledYear(int k) {
    if (tokens.is(k, "nineteen") || tokens.is(k, "eighteen")) {
      int century = tokens.is(k, "nineteen") ? 1900 : 1800;
      if (tokens.is(k + 1, "hundred")) {
        return new YearAt(century, k + 2);
      }
      Integer tens = Lexicon.NUMBERS.get(tokens.w(k + 1));
      if (tens == null || tens < 20 || tens % 10 != 0 || tens > 90) {
        return null;
      }
      int m = tokens.is(k + 2, "-") && tokens.joined(k + 2) ? k + 3 : k + 2;
      Integer unit = Lexicon.NUMBERS.get(tokens.w(m));
      if (unit != null && unit >= 1 && unit <= 9 && !tokens.w(m).equals("a") && !tokens.w(m).equals("an")) {
        return new YearAt(century + tens + unit, m + 1);
      }
      return new YearAt(century + tens, k + 2);
    }
    if (tokens.is(k, "two") && tokens.is(k + 1, "thousand")) {
      String prev = tokens.w(k - 1);
      if (!(prev.equals("year") || BEFORE_YEAR.contains(prev))) {
        return null;
      }
      int m = tokens.is(k + 2, "and") ? k + 3 : k + 2;
      Integer unit = Lexicon.NUMBERS.get(tokens.w(m));
      if (unit != null && unit >= 1 && unit <= 19 && !tokens.w(m).equals("a") && !tokens.w(m).equals("an")) {
        return new YearAt(2000 + unit, m + 1);
      }
      Token after = tokens.tok(k + 2);
      return prev.equals("year") || after == null || !after.isWord() || after.capitalized() ? new YearAt(2000, k + 2) : null;
    }
    return null;
  }

  /** A four-digit year in 1000..2099, or -1. */
  int yearNumber(int k) {
    Token t = tokens.tok(k);
    if (t == null || !t.isNumber() || t.text().length() != 4) {
      return -1;
    }
    int v = t.intValue();
    return v >= 1000 && v <= 2099 ? v : -1;
  }

  Month monthAt(int k) {
    Token t = tokens.tok(k);
    if (t == null || !t.isWord() || !t.capitalized()) {
      return null;
    }
    Month m = Lexicon.MONTHS.get(t.lower());
    if (m == null && (t.text().endsWith(".") || dayNumber(k + 1) > 0)) {
      m = Lexicon.MONTH_ABBREVIATIONS.get(t.lower());
    }
    return m;
  }
}
