package org.storyline.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;

/**
 * Finds, in one pass over the characters, the stretches of a text worth tokenising for claims: the
 * sentences that hold a digit that is not plainly a year, a clock time, an ordinal or an age, a
 * currency sign, or a number word other than "one". Claims cost little because most of a text
 * is never tokenised.
 *
 * <p>A stretch runs from a sure sentence boundary before the number to one after it: a blank line,
 * or {@code . ! ?} (and closing quotes) after a lower-case word, followed by a capital or a quote.
 * Being sure rather than complete, a stretch may hold several sentences; the tokenizer splits them.
 */
final class Candidates {

  private static final int REACH = 800;

  private static final String[] WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "dozen", "dozens", "half", "third", "quarter", "tens"};

  /** {@link #WORDS} by their first letter, 'a' to 'z'. */
  private static final String[][] BY_LETTER = byLetter();

  private Candidates() {}

  private static String[][] byLetter() {
    String[][] out = new String[26][];
    for (char c = 'a'; c <= 'z'; c++) {
      char first = c;
      out[c - 'a'] = java.util.Arrays.stream(WORDS).filter(w -> w.charAt(0) == first).toArray(String[]::new);
    }
    return out;
  }

  /** The stretches of {@code text} that may hold a claim, in order, not overlapping. */
  static List<Span> stretches(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int next;
      boolean candidate;
      if (c >= '0' && c <= '9') {
        next = digitsEnd(text, i);
        candidate = isCandidateNumber(text, i, next) && !plainlyNotAClaim(text, i, next);
      } else if (isLetter(c)) {
        next = i + 1;
        while (next < n && isLetter(text.charAt(next))) {
          next++;
        }
        candidate = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && isCandidateWord(text, i, next)
            && !plainlyNotAClaim(text, i, next) && !compound(text, next);
      } else {
        next = i + 1;
        candidate = c == '$' || c == '€' || c == '£' || c == '¥';
      }
      if (candidate) {
        int start = sentenceStart(text, i, out.isEmpty() ? 0 : out.get(out.size() - 1).end());
        int end = sentenceEnd(text, next);
        if (!out.isEmpty() && start <= out.get(out.size() - 1).end()) {
          start = out.remove(out.size() - 1).start();
        }
        out.add(Span.of(start, end));
        next = Math.max(next, end);
      }
      i = next;
    }
    return out;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static final String[] TIME_AFTER = {
    "year", "day", "hour", "minute", "week", "month", "second", "decade", "night", "time", "a.m", "p.m", "am ", "pm ",
    "AM", "PM", "block", "o'clock"};

  private static final String[] REFERRING_BEFORE = {"the ", "their ", "his ", "her ", "all ", "both ", "these ", "those ", "or "};

  /**
   * What the raw text alone shows is not a claim, so that its sentence need not be tokenised: a
   * length of time or a clock time after the number ("5 years", "10 p.m."), a determiner that
   * refers back before it ("the two"), a month before it ("Jan. 10"), an age between commas after
   * a name ("Hawkins, 33,"). {@link NotAClaim} applies the same rules, and more, on tokens.
   */
  private static boolean plainlyNotAClaim(String text, int i, int j) {
    int k = j;
    if (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '-')) {
      k++;
    }
    for (String w : TIME_AFTER) {
      if (text.regionMatches(true, k, w, 0, w.length())) {
        return true;
      }
    }
    boolean digits = Character.isDigit(text.charAt(i));
    for (String w : REFERRING_BEFORE) {
      if (digits && w.equals("the ")) {
        continue; // "the 714 superdelegates" may give a figure (NotAClaim.REFERENTIAL decides)
      }
      if (i >= w.length() && text.regionMatches(true, i - w.length(), w, 0, w.length())
          && (i == w.length() || !isLetter(text.charAt(i - w.length() - 1)))) {
        return true;
      }
    }
    if (i >= 2 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ',' && j < text.length() && text.charAt(j) == ','
        && j - i <= 2 && Character.isDigit(text.charAt(i))) {
      return true; // "Hawkins, 33, and"
    }
    int w = i - 1;
    while (w >= 0 && (text.charAt(w) == ' ' || text.charAt(w) == '.')) {
      w--;
    }
    int ws = w;
    while (ws >= 0 && isLetter(text.charAt(ws))) {
      ws--;
    }
    return w - ws >= 3 && w - ws <= 9 && Character.isUpperCase(text.charAt(ws + 1)) && isMonth(text, ws + 1, w + 1);
  }

  private static boolean isMonth(String text, int start, int end) {
    return Words.MONTHS.contains(Words.lower(text.substring(start, end)))
        || Words.MONTHS.contains(Words.lower(text.substring(start, end)) + ".");
  }

  /** A word number joined by a hyphen to a word that makes it a kind: "two-story", "three-year-old". */
  private static boolean compound(String text, int e) {
    if (e + 1 >= text.length() || text.charAt(e) != '-' || !isLetter(text.charAt(e + 1))) {
      return false;
    }
    int f = e + 1;
    while (f < text.length() && isLetter(text.charAt(f))) {
      f++;
    }
    String w = Words.lower(text.substring(e + 1, f));
    return !(Numbers.isNumberWord(w) || text.startsWith("a-dozen", e + 1) || w.startsWith("third") || w.startsWith("quarter") || w.startsWith("fifth")
        || w.startsWith("fourth") || w.equals("half"));
  }

  /** Whether a token of the tokenizer may start or be part of a quantity, cheaply. */
  static boolean isCandidateToken(String token) {
    char c = token.charAt(0);
    if (c >= '0' && c <= '9' || c == '$' || c == '€' || c == '£' || c == '¥') {
      return true;
    }
    int dash = token.indexOf('-');
    return isLetter(c) && isCandidateWord(token, 0, dash < 0 ? token.length() : dash);
  }

  private static int digitsEnd(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n && (Character.isDigit(text.charAt(j)) || (text.charAt(j) == ',' || text.charAt(j) == '.')
        && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
      j++;
    }
    return j;
  }

  /** Digits at {@code [i, j)} that may be a claim: not "2014", "1:25", "21st", "45-year-old", "10TV", a URL. */
  private static boolean isCandidateNumber(String text, int i, int j) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    if (Character.isLetter(before) || before == '/' || before == ':' || before == '=' || before == '#') {
      return false;
    }
    char after = j < text.length() ? text.charAt(j) : ' ';
    if (after == ':' && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1)) || after == '/') {
      return false;
    }
    if (text.startsWith("st", j) || text.startsWith("nd", j) || text.startsWith("rd", j) || text.startsWith("th", j)) {
      return false;
    }
    if (text.startsWith("-year", j)) {
      return false;
    }
    boolean year = j - i == 4 && (text.startsWith("19", i) || text.startsWith("20", i));
    boolean ofSome = i >= 3 && text.startsWith("of ", i - 3) && j + 1 < text.length() && after == ' '
        && Character.isLowerCase(text.charAt(j + 1)); // "a poll of 2047 registered voters" (NotAClaim.YEAR decides)
    return !year || before == '$' || after == '%' || ofSome;
  }

  /** A bit for each (first letter, length) pair some candidate word has, to reject most words at once. */
  private static final long[] SHAPES = shapes();

  private static long[] shapes() {
    long[] out = new long[26];
    for (String w : WORDS) {
      out[w.charAt(0) - 'a'] |= 1L << w.length();
    }
    out['o' - 'a'] |= 1L << 3;
    return out;
  }

  private static boolean isCandidateWord(String text, int i, int e) {
    int len = e - i;
    char first = (char) (text.charAt(i) | 0x20);
    if (len < 3 || len > 9 || first < 'a' || first > 'z' || (SHAPES[first - 'a'] & 1L << len) == 0) {
      return false;
    }
    for (String w : BY_LETTER[first - 'a']) {
      if (w.length() == len && text.regionMatches(true, i, w, 0, len)) {
        return true;
      }
    }
    return len == 3 && text.regionMatches(true, i, "one", 0, 3) && e < text.length() && text.charAt(e) == '-';
  }

  /** The start of the sentence holding {@code i}: after a sure boundary, not before {@code floor}. */
  private static int sentenceStart(String text, int i, int floor) {
    int limit = Math.max(floor, i - REACH);
    for (int k = i - 1; k >= limit; k--) {
      char c = text.charAt(k);
      if (c == '\n' && blankLineBefore(text, k)) {
        return k + 1;
      }
      if (Character.isWhitespace(c) && k + 1 < text.length() && opensSentence(text.charAt(k + 1)) && endsSentence(text, k)) {
        return k + 1;
      }
    }
    return limit;
  }

  /** The end of the sentence holding position {@code j - 1}: before a sure boundary. */
  private static int sentenceEnd(String text, int j) {
    int n = text.length();
    int limit = Math.min(n, j + REACH);
    for (int k = j; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '\n' && blankLineBefore(text, k)) {
        return k;
      }
      if (Character.isWhitespace(c) && k + 1 < n && opensSentence(text.charAt(k + 1)) && endsSentence(text, k)) {
        return k;
      }
    }
    return limit;
  }

  private static boolean blankLineBefore(String text, int k) {
    for (int b = k - 1; b >= 0; b--) {
      char c = text.charAt(b);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || c == '"' || c == '“' || c == '‘';
  }

  /** Whether the text before white space {@code k} ends a sentence after a lower-case word. */
  private static boolean endsSentence(String text, int k) {
    int p = k - 1;
    while (p >= 0 && (text.charAt(p) == '"' || text.charAt(p) == '”' || text.charAt(p) == '’' || text.charAt(p) == ')')) {
      p--;
    }
    if (p < 2 || !(text.charAt(p) == '.' || text.charAt(p) == '!' || text.charAt(p) == '?')) {
      return false;
    }
    char a = text.charAt(p - 1);
    char b = text.charAt(p - 2);
    return (Character.isLowerCase(a) || Character.isDigit(a)) && (Character.isLowerCase(b) || Character.isDigit(b));
  }
}
