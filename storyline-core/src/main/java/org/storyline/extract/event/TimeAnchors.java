package org.storyline.extract.event;

import java.util.Arrays;
import java.util.Set;

/**
 * Which event of a sentence each of its time expressions dates, by the English phrase it stands
 * in rather than by nearness alone. In "The Truman left Norfolk on Dec. 1, and entered the
 * Mediterranean on Dec. 14" the closest date to "entered" is Dec. 1, but "on Dec. 1" hangs on the
 * verb before it, as a time phrase mostly does; "On Monday, an official said that the call ..."
 * dates the saying, not the call. The rules, first match wins:
 *
 * <ol>
 *   <li>a time before a noun it modifies ("a Dec. 7 phone call", "today's call") dates that noun;
 *   <li>a time that opens the sentence or a clause ("On Monday, ...", "... but on Friday, ...",
 *       "said that on Monday ...") dates the first event after it;
 *   <li>else the closest event to its left in its clause ("left ... on Dec. 1"), else the closest
 *       to its right ("The Kremlin on Monday dismissed"). A time with no preposition ("this week",
 *       "Monday") is an adverb of the clause's verb, not a noun's complement: it dates the closest
 *       verb on its left ("would give Russia written responses to Moscow's proposals this week"
 *       dates the responses, not the proposals), else the closest event. A bare time after the
 *       object of a word that orders two happenings ("ahead of Biden's call with Putin Tuesday",
 *       "after the vote Sunday") is that object's: the verb before is ordered against the time,
 *       not placed at it ({@link #orders}).
 * </ol>
 *
 * <p>Works on lower-cased tokens; triggers are token indices in increasing order.
 */
final class TimeAnchors {

  /** The event a time expression dates: none. */
  static final int NONE = -1;

  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "by", "since", "until", "till", "from",
      "through", "during", "before", "after", "for", "of", "as", "early", "late", "earlier", "later");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her");
  private static final Set<String> POSSESSIVES = Set.of("'s", "’s");
  /** Words after which a new clause starts when a comma-bracketed time follows ("... , but on Friday, ..."). */
  private static final Set<String> CLAUSE_OPENERS = Set.of(";", ":", "--", "—", "that", "but", "while", "when");
  /** Where a time phrase's clause ends when looking for its event on the left. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "—");
  private static final Set<String> FUNCTION_WORDS = Set.of("that", "and", "or", "but", "to", "who", "which", "when",
      "while", "as", "if", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
      "could", "should", "may", "might", "can", "did", "does", "do", "not", "it", "he", "she", "they", "we", "i",
      "you", "this", "these", "those", "there", "so", "also", "said", "says");
  /** Prepositions that never open a time phrase but end a noun phrase: "spoke with him Wednesday about efforts". */
  private static final Set<String> OTHER_PREPOSITIONS = Set.of("about", "with", "over", "amid", "against", "into", "toward",
      "towards", "under", "between", "among", "via", "without", "despite", "per");
  /**
   * Words that place one happening before or after another rather than at its time: "hold a call
   * ahead of Biden's call Tuesday", "prior to the vote on Sunday", "the talks follow a Dec. 7 call",
   * "the move follows Tuesday's declaration" ("ahead" and "prior" as in "ahead of", "prior to").
   * Not "after" and "before": in news a happening "after the vote on Tuesday" is mostly of that day
   * too (TempEval-3's gold links date it so), nor "since" and "until", which give where a
   * happening begins or ends (TimeML's BEGINS and ENDS), not a time apart from it.
   */
  private static final Set<String> ORDERING = Set.of("ahead", "prior", "follow", "follows", "followed", "precede",
      "precedes", "preceded");
  /** Modifiers a time may stand before its noun with: "a Dec. 7 Biden-Putin phone call". */
  private static final int MODIFIER_REACH = 4;

  private TimeAnchors() {}

  /**
   * The trigger (a token index of {@code triggers}) the time expression on tokens {@code [first,
   * last]} dates, or {@link #NONE} when the sentence has no trigger in reach.
   *
   * @param verbal per token, whether a trigger there is a verb
   */
  static int governor(String[] lower, int first, int last, int[] triggers, boolean[] verbal) {
    int opening = first > 0 && PREPOSITIONS.contains(lower[first - 1]) ? first - 1 : first;
    if (modifiesNoun(lower, opening, last)) {
      int noun = firstAfter(triggers, last);
      if (noun != NONE && noun - last <= MODIFIER_REACH && plainBetween(lower, last + 1, noun)) {
        return noun;
      }
    }
    if (opensClause(lower, opening, last)) {
      int next = firstAfter(triggers, last);
      if (next != NONE) {
        return next;
      }
    }
    int left = NONE;
    int leftVerb = NONE;
    for (int t : triggers) {
      if (t < opening && plainOfBreaks(lower, t + 1, opening)) {
        left = t;
        leftVerb = verbal[t] ? t : leftVerb;
      }
    }
    boolean bare = opening == first;
    if (bare && leftVerb != NONE && !(left != leftVerb && orderingWord(lower, leftVerb, left, triggers, verbal) != NONE)) {
      return leftVerb;
    }
    return left != NONE ? left : firstAfter(triggers, last);
  }

  /**
   * The word of ordering that relates the events at tokens {@code a} and {@code b} (either order),
   * or {@link #NONE}: it stands between them, the later is its object (the first event after it),
   * and no verb stands between the earlier and it, so that it attaches to the earlier ("hold a
   * call with Zelensky ahead of Biden's call", not "said that the U.S. would respond ahead of the
   * talks", where "ahead of" orders the talks against "respond", not against "said").
   *
   * @param triggers the sentence's events, token indices in increasing order
   * @param verbal per token, whether an event there is a verb
   */
  static int orderingWord(String[] lower, int a, int b, int[] triggers, boolean[] verbal) {
    int earlier = Math.min(a, b);
    int later = Math.max(a, b);
    boolean verbBetween = false;
    for (int k = earlier + 1; k < later; k++) {
      if (ORDERING.contains(lower[k]) && !verbBetween && firstAfter(triggers, k) == later) {
        return k;
      }
      verbBetween |= verbal[k] && isTrigger(triggers, k);
    }
    return NONE;
  }

  private static boolean isTrigger(int[] triggers, int token) {
    return Arrays.binarySearch(triggers, token) >= 0;
  }

  /**
   * "a Dec. 7 call", "today's call", "third-quarter profit": a determiner before, a possessive
   * after, or no preposition before and a plain word after.
   */
  private static boolean modifiesNoun(String[] lower, int opening, int last) {
    boolean possessive = lower[last].endsWith("'s") || lower[last].endsWith("’s")
        || last + 1 < lower.length && POSSESSIVES.contains(lower[last + 1]);
    boolean bare = !PREPOSITIONS.contains(lower[opening]) && last + 1 < lower.length && isPlainWord(lower[last + 1]);
    return possessive || bare || opening > 0 && DETERMINERS.contains(lower[opening - 1]);
  }

  /** A lower-case word that can stand inside a noun phrase: not a function word, a verb's auxiliary or punctuation. */
  private static boolean isPlainWord(String w) {
    return w.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !FUNCTION_WORDS.contains(w)
        && !PREPOSITIONS.contains(w) && !OTHER_PREPOSITIONS.contains(w) && !DETERMINERS.contains(w);
  }

  private static boolean opensClause(String[] lower, int opening, int last) {
    if (opening == 0) {
      return true;
    }
    String before = lower[opening - 1];
    boolean commaAfter = last + 1 < lower.length && lower[last + 1].equals(",");
    return CLAUSE_OPENERS.contains(before) || commaAfter && (before.equals("and") || before.equals("but"));
  }

  private static int firstAfter(int[] triggers, int token) {
    for (int t : triggers) {
      if (t > token) {
        return t;
      }
    }
    return NONE;
  }

  /** No punctuation or preposition between: the words are the noun's modifiers. */
  private static boolean plainBetween(String[] lower, int from, int to) {
    for (int k = from; k < to; k++) {
      if (POSSESSIVES.contains(lower[k])) {
        continue;
      }
      if (lower[k].equals(",") || lower[k].equals(".") || CLAUSE_BREAKS.contains(lower[k]) || PREPOSITIONS.contains(lower[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainOfBreaks(String[] lower, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CLAUSE_BREAKS.contains(lower[k])) {
        return false;
      }
    }
    return true;
  }
}
