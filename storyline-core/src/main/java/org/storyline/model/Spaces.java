package org.storyline.model;

/** White space folded without a regular expression: ids fold every article's text, views a few hundred thousand strings. */
public final class Spaces {

  private Spaces() {}

  /**
   * Each run of white space (space, tab, line and page breaks: regex {@code \s}) as one space, as
   * {@code s.replaceAll("\\s+", " ")} gives; {@code s} itself when nothing changes.
   */
  public static String fold(String s) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i)) || (s.charAt(i) == ' ' && (i + 1 == s.length() || !isSpace(s.charAt(i + 1))))) {
        continue; // a character kept as it is, or a lone space
      }
      int end = i;
      while (end < s.length() && isSpace(s.charAt(end))) {
        end++;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
