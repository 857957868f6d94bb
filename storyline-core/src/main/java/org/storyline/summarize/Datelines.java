package org.storyline.summarize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * Wire datelines at the head of a lead sentence ("WASHINGTON | Tue Apr 21, 2009 10:19 pm BST
 * WASHINGTON (Reuters) - A new type ..."): a summary quotes the sentence from after the agency's
 * dash, where the news starts.
 */
final class Datelines {

  /** Up to 200 characters ending in an agency in brackets and a dash. */
  private static final Pattern AGENCY_DASH = Pattern.compile(
      "^.{0,200}?\\((?:Reuters|AP|AFP|UPI|Bloomberg|Xinhua|dpa)(?: Health| Life!)?\\)\\s*(?:-+|\\u2013|\\u2014)\\s*");

  private Datelines() {}

  /** {@code sentence} without a leading dateline, or unchanged when it has none or nothing follows it. */
  static Span skip(String text, Span sentence) {
    Matcher m = AGENCY_DASH.matcher(text).region(sentence.start(), sentence.end());
    if (m.lookingAt() && m.end() < sentence.end()) {
      return new Span(m.end(), sentence.end());
    }
    return sentence;
  }
}
