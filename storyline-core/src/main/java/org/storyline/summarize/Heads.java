package org.storyline.summarize;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the clause that tells a happening ends, so that a long sentence may be quoted up to there:
 * "The talks follow a Dec. 7 Biden-Putin phone call in which the U.S. president affirmed ..." tells
 * the call in its first nine words; the relative clause after the noun says what was said in it.
 * A clause of the sentence's subject and verb is what carries its proposition; a relative clause
 * ("in which ...", ", which ..."), a subordinate clause after a comma (", as ...", ", while
 * ...") or an aside after a dash adds to it (the cut of Dorr, Zajic and Schwartz's "Hedge
 * Trimmer", and of {@link TitleHeadliner}'s heads). So does a non-finite clause: one of purpose
 * ("placed 8,500 troops on alert for possible deployment to Europe to aid a NATO force": the
 * troops were placed whatever they are for) or a participle clause (", saying ...", "while
 * maintaining ..."). The head is still the article's own words, a span of it, so it stays
 * traceable.
 */
final class Heads {

  /** Fewest words a head keeps: less is a fragment, not a clause. */
  static final int MIN_WORDS = 6;

  /** Fewest words a head must leave off: less is not worth the context it drops. */
  static final int MIN_SAVED = 5;

  /** Runs of white space between words, compiled once ({@code String.split} compiles a two-character pattern each call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Words that say whose claim the sentence is ("..., NATO's chief said", "according to the
   * source"): a head that left them off would assert what a source only said.
   */
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:said|says|say|told|tells|according\\s+to|stated|states|reported|reports|announced|added|adds|confirmed)\\b");

  /**
   * A relative pronoun (with a preposition or comma before it), a subordinator after a comma, a
   * participle clause (after a comma, or after a subordinator: "while maintaining"), a dash, a
   * semicolon.
   */
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?:,\\s*|\\s+)(?:(?:in|at|during|on|from|after|under|through|with)\\s+)?(?:which|whom|whose)\\b"
          + "|,\\s+(?:who|where|as|while|when|although|though|because|amid|after|before)\\b"
          + "|(?:,\\s*|\\s+)(?:while|when|after|before|despite|without)\\s+[a-z]+ing\\b|,\\s+[a-z]+ing\\b"
          + "|\\s+(?:--|\u2014|\u2013)\\s*|\u2014|;");

  /**
   * An infinitive of purpose ("... to aid a NATO force", "in order to ..."): "to" before a word in
   * lower case that does not start a noun phrase or a number ("to Europe", "to the region", "from
   * 1,000 to 5,000" are places and ranges, not clauses) and may be a verb's bare form: not one
   * ending in a single "s" ("the standard response to concerns about ..." is a noun's complement).
   */
  private static final Pattern PURPOSE = Pattern.compile(
      "\\s+(?:in\\s+order\\s+|so\\s+as\\s+)?to\\s+(?!(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those"
          + "|some|any|all|each|every|both|no|about|around|nearly|almost|more|less|it|him|them|us|me|what|which|where)\\b)"
          + "[a-z]*(?:ss|us|[a-rt-z])\\b");

  /**
   * Words whose complement is a to-infinitive ("is due to start", "in an attempt to restore",
   * "are expected to meet", "agreed to hold"): the infinitive after them completes what is said,
   * it is not a purpose added to it.
   */
  private static final Set<String> COMPLEMENTED = Set.of(
      "due", "able", "unable", "likely", "unlikely", "expected", "set", "going", "about", "ready", "willing", "poised",
      "scheduled", "supposed", "prepared", "determined", "eager", "keen", "first", "last", "only", "attempt",
      "attempts", "bid", "effort", "efforts", "decision", "plan", "plans", "planned", "planning", "order", "way",
      "chance", "right", "time", "move", "want", "wants", "wanted", "need", "needs", "needed", "has", "have", "had",
      "used", "try", "tried", "tries", "trying", "agree", "agreed", "agrees", "refuse", "refused", "refuses", "fail",
      "failed", "fails", "decide", "decided", "decides", "vow", "vowed", "vows", "promise", "promised", "promises",
      "threaten", "threatened", "threatens", "seek", "sought", "seeks", "seeking", "ask", "asked", "urge", "urged",
      "allow", "allowed", "force", "forced", "call", "called", "continue", "continued", "continues", "begin", "began",
      "begins", "start", "started", "starts", "seem", "seems", "seemed", "appear", "appears", "appeared", "hope",
      "hopes", "hoped", "intend", "intends", "intended", "aim", "aims", "aimed", "is", "are", "was", "were", "be",
      "been", "said", "believed", "thought", "known", "reported", "ought", "how", "whether");

  private Heads() {}

  /**
   * The end of the head of {@code sentence}: the first clause boundary at or after character
   * {@code from} (the end of what the head must hold; an infinitive counts only a word or more
   * after it: in "refused to attend" the infinitive is the happening, not its purpose). Empty when
   * there is none, when the head would be shorter than {@link #MIN_WORDS} words or leave off fewer
   * than {@link #MIN_SAVED} words or a fifth of the sentence (it would save little of what it costs:
   * the context it drops), or when what it leaves off says whose claim the sentence is.
   */
  static OptionalInt end(String sentence, int from) {
    if (from < 0 || from > sentence.length()) {
      return OptionalInt.empty();
    }
    OptionalInt boundary = first(sentence, from);
    if (boundary.isEmpty()) {
      return boundary;
    }
    int end = boundary.getAsInt();
    while (end > 0 && ",:".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    int words = words(sentence.substring(0, end));
    int saved = words(sentence) - words;
    boolean worthIt = words >= MIN_WORDS && saved >= MIN_SAVED && saved * 5 >= words(sentence);
    return worthIt && !ATTRIBUTION.matcher(sentence.substring(end)).find() ? OptionalInt.of(end) : OptionalInt.empty();
  }

  /** Where the first clause boundary at or after {@code from} starts. */
  private static OptionalInt first(String sentence, int from) {
    Matcher clause = BOUNDARY.matcher(sentence);
    int end = clause.find(from) ? clause.start() : sentence.length();
    Matcher purpose = PURPOSE.matcher(sentence);
    int afterAWord = sentence.indexOf(' ', from + 1);
    for (int at = afterAWord; at >= 0 && purpose.find(at) && purpose.start() < end; at = purpose.end()) {
      if (!COMPLEMENTED.contains(wordBefore(sentence, purpose.start()))) {
        end = purpose.start();
        break;
      }
    }
    return end < sentence.length() ? OptionalInt.of(end) : OptionalInt.empty();
  }

  /** The word that ends at {@code end}, in lower case. */
  private static String wordBefore(String sentence, int end) {
    int start = end;
    while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) {
      start--;
    }
    return sentence.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static int words(String text) {
    return SPACES.split(text.strip()).length;
  }
}
