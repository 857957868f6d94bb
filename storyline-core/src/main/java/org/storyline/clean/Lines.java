package org.storyline.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one article's content, as the rules see them, with the verdicts given so far.
 *
 * <p>A line is the text between two line breaks ({@code \n}, {@code \r\n} or {@code \r}),
 * trimmed of white space at both ends; {@link #start} and {@link #end} are its trimmed bounds in
 * the content. Lines are judged in order, so a rule judging line {@code i} may ask which of the
 * lines before it were kept ({@link #previousKept}). One instance serves one call of the cleaner
 * and is never shared.
 */
final class Lines {

  private final String content;
  private final int[] starts;
  private final int[] ends;
  /** Offset of the {@code \n} that ends the line, or -1 (a lone {@code \r}, or the last line). */
  private final int[] newlines;
  private final String[] texts;
  /** Each line's word count, counted once: every rule and the outlet finder ask for it. */
  private final int[] wordCounts;
  private final boolean[] kept;
  /** The pieces dropped from kept lines, by line; absent for a line kept whole (nearly all). */
  private final Map<Integer, List<LineRule.Cut>> piecesDropped = new HashMap<>();
  private int lastKept = -1;

  private Lines(String content, List<int[]> bounds) {
    this.content = content;
    int n = bounds.size();
    starts = new int[n];
    ends = new int[n];
    newlines = new int[n];
    texts = new String[n];
    wordCounts = new int[n];
    kept = new boolean[n];
    for (int i = 0; i < n; i++) {
      int[] b = bounds.get(i);
      starts[i] = b[0];
      ends[i] = b[1];
      newlines[i] = b[2];
      texts[i] = content.substring(b[0], b[1]);
      wordCounts[i] = wordCount(texts[i]);
    }
  }

  /** Splits {@code content} into trimmed lines; every line break ends a line. */
  static Lines of(String content) {
    List<int[]> bounds = new ArrayList<>();
    int n = content.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? content.charAt(i) : '\n';
      if (c != '\n' && c != '\r') {
        continue;
      }
      int newline = -1;
      int lineEnd = i;
      if (i < n && c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
        i++;
      }
      if (i < n && content.charAt(i) == '\n') {
        newline = i;
      }
      bounds.add(trimmed(content, lineStart, lineEnd, newline));
      lineStart = i + 1;
    }
    return new Lines(content, bounds);
  }

  private static int[] trimmed(String content, int start, int end, int newline) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(content.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(content.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e, newline};
  }

  int size() {
    return texts.length;
  }

  String content() {
    return content;
  }

  /** The trimmed text of line {@code i}; empty for a blank line. */
  String text(int i) {
    return texts[i];
  }

  /** The number of white-space separated words of line {@code i}: {@link #wordCount} of its text. */
  int wordCount(int i) {
    return wordCounts[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** The content offset of the {@code \n} ending line {@code i}, or -1 when it has none. */
  int newline(int i) {
    return newlines[i];
  }

  boolean isBlank(int i) {
    return texts[i].isEmpty();
  }

  /** The next non-blank line after {@code i}, or -1. */
  int nextNonBlank(int i) {
    for (int j = i + 1; j < texts.length; j++) {
      if (!texts[j].isEmpty()) {
        return j;
      }
    }
    return -1;
  }

  /** The last non-blank line before {@code i}, or -1. */
  int previousNonBlank(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!texts[j].isEmpty()) {
        return j;
      }
    }
    return -1;
  }

  /** The last line before {@code i} that was judged and kept, or -1. */
  int previousKept(int i) {
    if (lastKept < i) {
      return lastKept; // the usual case: lines are judged in order
    }
    for (int j = i - 1; j >= 0; j--) {
      if (kept[j]) {
        return j;
      }
    }
    return -1;
  }

  boolean isKept(int i) {
    return kept[i];
  }

  void keep(int i) {
    kept[i] = true;
    lastKept = Math.max(lastKept, i);
  }

  /** Keeps line {@code i} but for {@code cuts}: pieces of it, in order, not the whole line. */
  void keepExcept(int i, List<LineRule.Cut> cuts) {
    keep(i);
    if (!cuts.isEmpty()) {
      piecesDropped.put(i, List.copyOf(cuts));
    }
  }

  /** The pieces dropped from kept line {@code i}, in order; empty when it is kept whole. */
  List<LineRule.Cut> piecesDropped(int i) {
    return piecesDropped.getOrDefault(i, List.of());
  }

  /**
   * Whether the text is made of blank-line separated blocks: some blank line stands between two
   * non-blank lines. If not, every line is a paragraph of its own.
   */
  boolean hasBlocks() {
    boolean seenText = false;
    boolean blankAfterText = false;
    for (String t : texts) {
      if (t.isEmpty()) {
        blankAfterText = seenText;
      } else if (blankAfterText) {
        return true;
      } else {
        seenText = true;
      }
    }
    return false;
  }

  /** The number of white-space separated words of {@code s}. */
  static int wordCount(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /**
   * Whether {@code s} ends as a written sentence or quote does: with a period or a closing double
   * quote ({@code "} or {@code ”}).
   */
  static boolean endsLikeSentence(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '"' || last == '”';
  }
}
