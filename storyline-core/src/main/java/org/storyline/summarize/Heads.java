package org.storyline.summarize;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the clause that tells a happening ends, so that a long sentence may be quoted up to there:
 * "The talks follow a Dec. 7 Biden-Putin phone call in which the U.S. president affirmed ..." tells
 * the call in its first nine words; the relative clause after the noun says what was said in it.
 * A clause of the sentence's subject and verb is what carries its proposition; a relative clause
 * ("in which ...", ", which ..."), a subordinate clause after a comma (", as ...", ", while
 * ...") or an aside after a dash adds to it (the cut of Dorr, Zajic and Schwartz's "Hedge
 * Trimmer", and of {@link TitleHeadliner}'s heads). The head is still the article's own words, a
 * span of it, so it stays traceable.
 */
final class Heads {

  /** Fewest words a head keeps: less is a fragment, not a clause. */
  static final int MIN_WORDS = 6;

  /**
   * Words that say whose claim the sentence is ("..., NATO's chief said", "according to the
   * source"): a head that left them off would assert what a source only said.
   */
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:said|says|say|told|tells|according\\s+to|stated|states|reported|reports|announced|added|adds|confirmed)\\b");

  /** A relative pronoun (with a preposition or comma before it), a subordinator after a comma, a dash, a semicolon. */
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?:,\\s*|\\s+)(?:(?:in|at|during|on|from|after|under|through|with)\\s+)?(?:which|whom|whose)\\b"
          + "|,\\s+(?:who|where|as|while|when|although|though|because|amid|after|before)\\b"
          + "|\\s+(?:--|\u2014|\u2013)\\s*|\u2014|;");

  private Heads() {}

  /**
   * The end of the head of {@code sentence}: the first clause boundary at or after character
   * {@code from} (the end of what the head must hold). Empty when there is none, when the head
   * would be shorter than {@link #MIN_WORDS} words or longer than two thirds of the sentence (it
   * would save little of what it costs: the context it drops), or when what it leaves off says
   * whose claim the sentence is.
   */
  static OptionalInt end(String sentence, int from) {
    Matcher m = BOUNDARY.matcher(sentence);
    if (from < 0 || from > sentence.length() || !m.find(from)) {
      return OptionalInt.empty();
    }
    int end = m.start();
    while (end > 0 && ",:".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    int words = words(sentence.substring(0, end));
    boolean worthIt = words >= MIN_WORDS && words * 3 <= words(sentence) * 2;
    return worthIt && !ATTRIBUTION.matcher(sentence.substring(end)).find() ? OptionalInt.of(end) : OptionalInt.empty();
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
