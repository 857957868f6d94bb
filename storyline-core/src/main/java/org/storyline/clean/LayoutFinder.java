package org.storyline.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Layout;
import org.storyline.model.Span;

/**
 * Finds the headline, dateline and byline among the paragraphs of a cleaned text.
 *
 * <ul>
 *   <li>headline: the first paragraph, when it equals the metadata title, or when it is
 *       title-like (at most {@value #MAX_HEADLINE_WORDS} words, not ending like a sentence, not a
 *       byline) and more paragraphs follow;
 *   <li>byline: the first paragraph that credits the writers: "By Jane Doe", "... contributed to
 *       this report.", "Information for this article was contributed by ...", "Reporting by ...";
 *   <li>dateline: the place, or agency in parentheses, that opens the first body paragraph (the
 *       first that is neither headline nor byline) before a dash: "REHOBOTH BEACH, Del. --",
 *       "WASHINGTON —", "KYIV, Ukraine (AP) —", "(CNN) —". The span holds the place without the
 *       dash.
 * </ul>
 */
final class LayoutFinder {

  private static final int MAX_HEADLINE_WORDS = 20;
  static final int MAX_BY_WORDS = 15;
  static final int MAX_CREDIT_WORDS = 60;
  private static final int MAX_DATELINE_CHARS = 60;

  private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{M}]*(?:(?:\\.\\s?|[ '’-])\\p{Lu}[\\p{Lu}\\p{M}]*)*\\.?";
  private static final String REGION = ",\\s*\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.]*){0,3}";

  /**
   * A dateline at the start of a line: group {@code place} is the dateline with possibly trailing
   * space, group {@code agency} the name in parentheses if any.
   */
  static final Pattern DATELINE = Pattern.compile(
      "^(?<place>(?:" + PLACE + "(?:" + REGION + ")?\\s*)?(?:\\((?<agency>\\p{Lu}[\\p{L}\\p{M}&. ]{0,30})\\))?)"
          + "\\s*(?:--|—|–|-)\\s");

  static final Pattern BY = Pattern.compile(
      "(?i:by)\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*"
          + "(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{Lu}[\\p{L}\\p{M}.'’-]*)*"
          + "(?:\\s*,\\s*" + Names.NAME + ")?");
  static final Pattern CREDIT = Pattern.compile(
      ".*\\bcontributed(?: to)?(?: this| the)? (?:report|reporting|story|article)\\b.*"
          + "|(?:Information for this (?:article|report|story) was contributed by"
          + "|(?:Additional )?[Rr]eporting by|Compiled by|Written by|Edited by)\\b.*",
      Pattern.DOTALL);

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private LayoutFinder() {}

  static Layout find(String text, List<Span> paragraphs, String metadataTitle) {
    if (paragraphs.isEmpty()) {
      return new Layout(null, null, null, paragraphs);
    }
    Span headline = isHeadline(paragraphs.get(0).of(text), paragraphs.size() > 1, metadataTitle)
        ? paragraphs.get(0) : null;
    Span byline = null;
    for (Span p : paragraphs) {
      if (!p.equals(headline) && isByline(p.of(text))) {
        byline = p;
        break;
      }
    }
    Span dateline = null;
    for (Span p : paragraphs) {
      if (!p.equals(headline) && !p.equals(byline)) {
        dateline = dateline(text, p);
        break;
      }
    }
    return new Layout(headline, dateline, byline, paragraphs);
  }

  static boolean isByline(String paragraph) {
    boolean by = startsWithBy(paragraph);
    boolean credit = paragraph.contains("by") || paragraph.contains("contributed");
    if (!by && !credit) {
      return false;
    }
    int words = Lines.wordCount(paragraph);
    return (by && words <= MAX_BY_WORDS && BY.matcher(paragraph).matches())
        || (credit && words <= MAX_CREDIT_WORDS && CREDIT.matcher(paragraph).matches());
  }

  /**
   * Whether {@link #BY} may match the whole of {@code paragraph}: it opens with "by" in any case
   * (ASCII only, as the pattern's case-insensitive flag without {@code UNICODE_CASE}). Likewise
   * every form of {@link #CREDIT} holds "by" or "contributed": a paragraph with neither is not
   * matched against the patterns (most are not).
   */
  private static boolean startsWithBy(String paragraph) {
    return paragraph.length() >= 2
        && (paragraph.charAt(0) == 'b' || paragraph.charAt(0) == 'B')
        && (paragraph.charAt(1) == 'y' || paragraph.charAt(1) == 'Y');
  }

  private static boolean isHeadline(String first, boolean moreFollow, String metadataTitle) {
    if (metadataTitle != null && fold(metadataTitle).equals(fold(first))) {
      return true;
    }
    return moreFollow
        && Lines.wordCount(first) <= MAX_HEADLINE_WORDS
        && !Lines.endsLikeSentence(first)
        && !isByline(first)
        && !DATELINE.matcher(first).find();
  }

  private static Span dateline(String text, Span paragraph) {
    Matcher m = DATELINE.matcher(text).region(paragraph.start(), paragraph.end());
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place").stripTrailing();
    if (place.isEmpty() || place.length() > MAX_DATELINE_CHARS) {
      return null;
    }
    return Span.of(m.start("place"), m.start("place") + place.length());
  }

  private static String fold(String s) {
    return SPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
