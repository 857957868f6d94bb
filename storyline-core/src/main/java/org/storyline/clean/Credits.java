package org.storyline.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo credits, alone on a line or appended to a caption. Shared by {@link
 * PhotoCreditRule} and {@link PhotoCaptionRule}.
 *
 * <p>A credit alone on a line is one of
 *
 * <ul>
 *   <li>a parenthesised {@code (who/where)}: "(Demetrius Freeman/Washington Post)", "(AP
 *       Photo/Evan Vucci)", "(Photo by Chip Somodevilla/Getty Images)";
 *   <li>a labelled credit: "Photo: Getty Images", "Credit: Reuters", "Image: NASA", "Photograph:
 *       Evan Vucci/AP", optionally in parentheses;
 *   <li>a bare {@code Name / Agency} of capitalised words: "Win McNamee / Getty Images".
 * </ul>
 *
 * Appended to a caption, only the parenthesised form with at least two words before the slash and
 * the labelled form are taken, so that "(Reuters/Ipsos)" after a poll figure stays text.
 */
final class Credits {

  static final int MAX_WORDS = 14;
  private static final String CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}.'’&-]*";
  private static final String LABEL = "(?:Photo(?:graph|grapher)?s?|Image|Picture|Credit|Photo credit|Image credit"
      + "|Illustration|Source image)";

  private static final Pattern ALONE = Pattern.compile(
      "\\(\\s*\\p{Lu}[^()/]{0,60}/[^()/]{1,60}\\)"
          + "|\\(?(?i:" + LABEL + ")\\s*:\\s*[^\\s:][^:]{0,80}?\\)?"
          + "|" + CAP_WORD + "(?:\\s+" + CAP_WORD + "){0,5}\\s+/\\s+" + CAP_WORD + "(?:\\s+" + CAP_WORD + "){0,4}");
  static final Pattern APPENDED = Pattern.compile(
      "\\s\\(\\s*(?:" + CAP_WORD + "|by)(?:\\s+(?:" + CAP_WORD + "|by|for)){1,6}\\s*/\\s*[^()/]{1,60}\\)$"
          + "|(?<=[.!?\"”’)])\\s+" + LABEL + "\\s*:\\s*[^\\s:][^:]{0,80}$");

  private Credits() {}

  /** Whether line {@code i} is a credit and nothing else. */
  static boolean isCredit(Lines lines, int i) {
    return lines.wordCount(i) <= MAX_WORDS && ALONE.matcher(lines.text(i)).matches();
  }

  /**
   * The offset where a credit appended to a caption starts (at the white space before it), or -1
   * when {@code line} does not end with one or has nothing before it.
   */
  static int appendedCreditStart(String line) {
    if (!mayEndWithCredit(line)) {
      return -1;
    }
    Matcher m = APPENDED.matcher(line);
    if (!m.find() || m.start() == 0) {
      return -1;
    }
    String credit = line.substring(m.start()).strip();
    return Lines.wordCount(credit) <= MAX_WORDS ? m.start() : -1;
  }

  /**
   * Whether {@link #APPENDED} can match {@code line} at all: its parenthesised form holds "(", "/"
   * and ")", its labelled form a colon. Most lines of an article have none of these, and the
   * pattern's search tries both forms at every character before it fails.
   */
  static boolean mayEndWithCredit(String line) {
    return line.indexOf(':') >= 0 || (line.indexOf(')') >= 0 && line.indexOf('/') >= 0 && line.indexOf('(') >= 0);
  }
}
