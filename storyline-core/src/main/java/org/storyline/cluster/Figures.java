package org.storyline.cluster;

/**
 * The figures a text names: numbers of two digits or more ("23 pirates", "31-24", "1967"), with a
 * decimal part ("magnitude 6.1") or thousands separators ("1,000", read as 1000), each as a
 * non-negative code, sorted, each once. Left out: one-digit numbers (too common to tell anything),
 * clock times ("10:30", which reports of one happening give differently) and numbers glued to
 * letters ("1950s", "MV23").
 *
 * <p>Why: two similar happenings of one topic (two earthquakes, two seasons' games, two arrests of
 * pirates) share their topic words but seldom their figures, a magnitude, a score, a death toll, a
 * year, while reports of one happening repeat them. On the ECB+ tuning topics, the figure of an
 * article that most of the other articles of its happening name is named by a median 83% of them,
 * against 9% of the articles of the other happening of its topic (docs/clustering.md).
 */
final class Figures {

  static final int[] NONE = new int[0];

  private Figures() {}

  /** The figures of {@code s[from, to)}, as sorted distinct codes. */
  static int[] in(String s, int from, int to) {
    int[] out = NONE;
    int i = from;
    while (i < to) {
      if (!Character.isDigit(s.charAt(i)) || i > from && glued(s.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = numberEnd(s, i, to);
      if (end >= to || !glued(s.charAt(end))) {
        int code = code(s, i, end);
        if (code >= 0) {
          out = SortedInts.with(out, code);
        }
      }
      i = end;
      while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
        i++; // the rest of a word such as "1950s"
      }
    }
    return out;
  }

  /** A letter, a digit or a colon: a number next to one is part of a word, a longer number or a clock time. */
  private static boolean glued(char c) {
    return Character.isLetterOrDigit(c) || c == ':';
  }

  /** Where the number starting at {@code i} ends: digits, with "," + three digits and one "." + digits inside. */
  private static int numberEnd(String s, int i, int to) {
    int end = digitsEnd(s, i, to);
    while (end + 3 < to && s.charAt(end) == ',' && digitsEnd(s, end + 1, to) == end + 4) {
      end += 4;
    }
    if (end + 1 < to && s.charAt(end) == '.' && Character.isDigit(s.charAt(end + 1))) {
      end = digitsEnd(s, end + 1, to);
    }
    return end;
  }

  private static int digitsEnd(String s, int i, int to) {
    while (i < to && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The code of the figure {@code s[from, to)} without its separators (the hash of "1000" for
   * "1,000", made without a string: every line of every article is read), or -1 for a lone digit.
   */
  private static int code(String s, int from, int to) {
    int hash = 0;
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != ',') {
        hash = 31 * hash + c;
        length++;
      }
    }
    return length < 2 ? -1 : hash & 0x7fffffff;
  }
}
