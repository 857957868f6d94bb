package org.storyline.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the publisher of an article from what its text says about itself, before boilerplate is
 * dropped: an agency dateline ("(CNN) —", "KYIV, Ukraine (AP) —"), a staff credit ("Fox News’
 * Pat Ward ... contributed"), an audio promo ("listen to Fox News articles") or a sign-up box
 * ("... news stories from Stars and Stripes ..."). The clues are tried in that order, each over
 * every line; the first that names someone wins. A credit of another outlet without one of its
 * staff ("The Associated Press contributed to this report.") names a contributor, not the
 * publisher, and is not taken.
 */
final class OutletFinder {

  private static final int MAX_WORDS = 40;
  private static final String OUTLET = "(?<outlet>" + Names.NAME + ")";

  private static final List<Pattern> CLUES = List.of(
      LayoutFinder.DATELINE,
      Pattern.compile("^" + OUTLET + "['’]s?\\s+\\p{Lu}.{0,200}?\\bcontributed"
          + "(?: to)?(?: this| the)? (?:report|reporting|story|article)\\b"),
      Pattern.compile("\\b(?i:listen to )" + OUTLET + "(?i: articles?)\\b"),
      Pattern.compile("^(?i:sign up|subscribe|get|register|join)\\b.{0,200}?\\b(?i:from)\\s+(?:the\\s+)?" + OUTLET));

  private OutletFinder() {}

  /** The outlet the text names as its publisher, or null. */
  static String infer(Lines lines) {
    for (Pattern clue : CLUES) {
      String group = clue == LayoutFinder.DATELINE ? "agency" : "outlet";
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.text(i);
        if (line.isEmpty() || lines.wordCount(i) > MAX_WORDS && clue != LayoutFinder.DATELINE) {
          continue;
        }
        Matcher m = clue.matcher(line);
        if (m.find() && m.group(group) != null) {
          String outlet = Names.trimPunctuation(m.group(group).strip());
          if (!outlet.isEmpty()) {
            return outlet;
          }
        }
      }
    }
    return null;
  }
}
