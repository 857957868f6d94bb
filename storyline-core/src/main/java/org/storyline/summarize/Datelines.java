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
    // most sentences can match neither pattern; finding so by a look at a few characters spares
    // the agency's lazy scan from each of up to 200 places
    if (mayHaveAgency(text, sentence)) {
      Span after = after(AGENCY_DASH, text, sentence);
      if (after != null) {
        return after;
      }
    }
    if (mayHavePlace(text, sentence)) {
      Span after = after(PLACE_DASH, text, sentence);
      if (after != null) {
        return after;
      }
    }
    return sentence;
  }

  private static Span after(Pattern dateline, String text, Span sentence) {
    Matcher m = dateline.matcher(text).region(sentence.start(), sentence.end());
    return m.lookingAt() && m.end() < sentence.end() ? new Span(m.end(), sentence.end()) : null;
  }

  /** Whether {@link #AGENCY_DASH} may match: it needs a "(" within the sentence's first 201 characters. */
  private static boolean mayHaveAgency(String text, Span sentence) {
    int end = Math.min(sentence.end(), sentence.start() + 201);
    for (int i = sentence.start(); i < end; i++) {
      if (text.charAt(i) == '(') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #PLACE_DASH} may match: it starts with a capital A to Z or a "(". */
  private static boolean mayHavePlace(String text, Span sentence) {
    if (sentence.start() >= sentence.end()) {
      return false;
    }
    char c = text.charAt(sentence.start());
    return c >= 'A' && c <= 'Z' || c == '(';
  }

  /** {@code lead} without a leading dateline. */
  static String strip(String lead) {
    return skip(lead, new Span(0, lead.length())).of(lead);
  }
}
