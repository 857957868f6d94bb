package org.storyline.reconcile.timeline;

/**
 * White space as {@code \s} of {@link java.util.regex.Pattern} reads it (the ASCII space, tab,
 * line feed, vertical tab, form feed and carriage return), without a regex: a timeline build takes
 * the head of every trigger and the label of every event, and splitting with a regex there was a
 * tenth of the timeline's CPU outside event coreference. Each method answers what the regex form
 * named in its javadoc answers (WhitespaceTest holds them to it).
 */
final class Whitespace {

  private Whitespace() {}

  /** Whether {@code \s} matches the character. */
  static boolean isSpace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
  }

  /** The last word of a trigger: {@code words[words.length - 1]} of {@code trigger.strip().split("\\s+")}. */
  static String lastWord(String trigger) {
    String words = trigger.strip(); // no white space at its ends, so the last word follows the last space
    int last = words.length() - 1;
    while (last >= 0 && !isSpace(words.charAt(last))) {
      last--;
    }
    return words.substring(last + 1);
  }

  /**
   * The text stripped, each run of white space made one space, cut after {@code maxWords} words
   * with " …" after it when longer: {@code s = text.strip().replaceAll("\\s+", " ")}, then its first
   * {@code maxWords} words of {@code s.split(" ")} joined by spaces.
   */
  static String collapse(String text, int maxWords) {
    String stripped = text.strip();
    StringBuilder out = new StringBuilder(stripped.length());
    int spaces = 0;
    for (int i = 0; i < stripped.length(); i++) {
      char ch = stripped.charAt(i);
      if (!isSpace(ch)) {
        out.append(ch);
      } else if (!isSpace(stripped.charAt(i - 1))) { // strip() left no space first: i > 0
        if (++spaces == maxWords) {
          return out.append(" …").toString();
        }
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code text[from, to)} (not empty) has the shape of a space-separated phrase of one to
   * {@code maxWords} words with none of {@code stops} in it, starting and ending with white space:
   * false when a regex of such words, {@code \s+} around each, cannot match it whole.
   */
  static boolean isSpacedPhrase(String text, int from, int to, int maxWords, String stops) {
    if (!isSpace(text.charAt(from)) || !isSpace(text.charAt(to - 1))) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (isSpace(ch)) {
        inWord = false;
      } else if (stops.indexOf(ch) >= 0) {
        return false;
      } else if (!inWord) {
        inWord = true;
        if (++words > maxWords) {
          return false;
        }
      }
    }
    return words > 0;
  }
}
