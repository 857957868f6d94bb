package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code str.split()}, which the reference scorers use to cut sentences into words. */
final class Texts {

  private Texts() {}

  /** The runs of non-white-space characters of {@code s}, white space as Python's {@code str.isspace} sees it. */
  static List<String> whitespaceSplit(String s) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || isSpace(s.charAt(i));
      if (space && start >= 0) {
        words.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
