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
    return collapse(text, 0, text.length(), maxWords);
  }

  /**
   * {@link #collapse(String, int)} of {@code text.substring(from, to)}, read in place: a label is a
   * sentence of an article, and copying it out (twice, with the strip) was most of making it.
   */
  static String collapse(String text, int from, int to, int maxWords) {
    // String.strip's ends: its white space is Character.isWhitespace, all of it in the BMP, so by char
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    StringBuilder out = new StringBuilder(to - from);
    int spaces = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (!isSpace(ch)) {
        out.append(ch);
      } else if (!isSpace(text.charAt(i - 1))) { // the strip left no space first: i > from
        if (++spaces == maxWords) {
          return out.append(" …").toString();
        }
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * The last word of a text as {@code \s+} splits it: {@code words[words.length - 1]} of {@code
   * text.split("\\s+")} for a text with a character other than white space (unlike {@link
   * #lastWord}, nothing else is stripped), and "" for an empty text.
   */
  static String lastSplitWord(String text) {
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !isSpace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
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
