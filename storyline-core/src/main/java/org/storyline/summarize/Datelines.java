package org.storyline.summarize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * Datelines at the head of a lead sentence: a wire's ("WASHINGTON | Tue Apr 21, 2009 10:19 pm BST
 * WASHINGTON (Reuters) - A new type ..."), a place's ("REHOBOTH BEACH, Del. -- President ...") or an
 * outlet's ("(CNN) — The ..."). A summary quotes the sentence from after the dash, where the news
 * starts, and a headline is composed without it.
 */
final class Datelines {

  /** Up to 200 characters ending in an agency in brackets and a dash. */
  private static final Pattern AGENCY_DASH = Pattern.compile(
      "^.{0,200}?\\((?:Reuters|AP|AFP|UPI|Bloomberg|Xinhua|dpa|CNN)(?: Health| Life!)?\\)\\s*(?:-+|\\u2013|\\u2014)\\s*");

  /**
   * A place in capitals, perhaps with its state and an outlet, or an outlet alone, then a long dash
   * ("--", an em or en dash; a hyphen after capitals is as often a compound: "US - Russia talks").
   */
  private static final Pattern PLACE_DASH = Pattern.compile(
      "^(?:[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z.]+)?\\s*(?:\\([A-Za-z]+\\))?|\\([A-Za-z]+\\))\\s*(?:--|\u2014|\u2013)\\s+");

  private Datelines() {}

  /** {@code sentence} without a leading dateline, or unchanged when it has none or nothing follows it. */
  static Span skip(String text, Span sentence) {
    for (Pattern dateline : new Pattern[] {AGENCY_DASH, PLACE_DASH}) {
      Matcher m = dateline.matcher(text).region(sentence.start(), sentence.end());
      if (m.lookingAt() && m.end() < sentence.end()) {
        return new Span(m.end(), sentence.end());
      }
    }
    return sentence;
  }

  /** {@code lead} without a leading dateline. */
  static String strip(String lead) {
    return skip(lead, new Span(0, lead.length())).of(lead);
  }
}
