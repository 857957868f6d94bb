package org.storyline.extract.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the tense around a time expression from cue words in its sentence: future cues ("will",
 * "'ll", "is set to", "plans to", "is expected to", "scheduled", "next", "upcoming", "as soon as"
 * or "as early as" right before), past cues
 * ("said", "spoke", "met", "held", "was", "last", "ago", verbs in -ed) and present ones ("is",
 * "says"). Each cue counts less the further it is from the expression; a reporting verb right
 * next to the expression ("said Tuesday") counts double. One instance serves one text.
 */
final class TenseDetector {

  private static final Set<String> FUTURE_STRONG = Set.of(
      "will", "shall", "won't", "scheduled", "upcoming", "next", "tomorrow", "intends", "intend",
      "slated", "coming", "forthcoming", "planning", "payable", "expire", "expires", "effective");
  /** Future cues only when "to" follows: "plans to", "is expected to". */
  private static final Set<String> FUTURE_WITH_TO = Set.of("plans", "plan", "expected", "expects", "expect", "hopes", "intended");
  /** Words right before an expression that point ahead: "by Jan. 14", "until March 6". */
  private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through", "due");
  private static final Set<String> FUTURE_WEAK = Set.of("would", "could", "might", "may", "should", "hopes", "hope", "aims", "possible", "likely");
  private static final Set<String> PAST_IRREGULAR = Set.of(
      "said", "told", "spoke", "met", "held", "was", "were", "had", "did", "went", "came", "took",
      "gave", "made", "last", "ago", "earlier", "yesterday", "found", "left", "began", "saw", "got",
      "won", "lost", "fell", "rose", "sold", "bought", "paid", "brought", "wrote", "ran", "sent",
      "thought", "felt", "kept", "led", "became", "broke", "chose", "drew", "fought", "hit", "knew",
      "meant", "shot", "stood", "struck", "taught", "threw", "understood", "withdrew", "wore", "spent",
      "built", "caught", "heard", "sought", "dealt", "grew", "flew", "froze", "forgot", "arose", "overtook",
      "been", "ended", "recently", "previously");
  private static final Set<String> REPORTING = Set.of(
      "said", "told", "announced", "reported", "spoke", "met", "held", "says", "confirmed", "added", "noted");
  private static final Set<String> PRESENT = Set.of("is", "are", "am", "says", "now", "today", "currently");
  private static final Set<String> NOT_PAST = Set.of(
      "need", "indeed", "speed", "hundred", "proceed", "exceed", "succeed", "embed", "breed", "greed",
      "seed", "feed", "bleed", "red", "bed", "shed", "united", "limited", "based", "related", "armed",
      "expected", "scheduled", "planned", "interested", "concerned", "supposed", "advanced");

  /**
   * Which of the sets above each of their words is in, as bits: one lookup per word of the text
   * rather than one per set.
   */
  private static final Map<String, Integer> CUE_SETS = new HashMap<>();
  private static final int IN_FUTURE_STRONG = 1;
  private static final int IN_FUTURE_WITH_TO = 2;
  private static final int IN_FUTURE_WEAK = 4;
  private static final int IN_PAST_IRREGULAR = 8;
  private static final int IN_REPORTING = 16;
  private static final int IN_PRESENT = 32;
  private static final int IN_NOT_PAST = 64;

  static {
    mark(FUTURE_STRONG, IN_FUTURE_STRONG);
    mark(FUTURE_WITH_TO, IN_FUTURE_WITH_TO);
    mark(FUTURE_WEAK, IN_FUTURE_WEAK);
    mark(PAST_IRREGULAR, IN_PAST_IRREGULAR);
    mark(REPORTING, IN_REPORTING);
    mark(PRESENT, IN_PRESENT);
    mark(NOT_PAST, IN_NOT_PAST);
  }

  private static void mark(Set<String> words, int bit) {
    for (String w : words) {
      CUE_SETS.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** At most this many tokens on each side count, so that a text without full stops stays linear. */
  private static final int WINDOW = 40;

  private final List<Token> tokens;
  private final float[] future;
  /** Modal cues ("would", "could", "may"): a possibility ahead, which a named past event does not follow. */
  private final float[] modal;
  private final float[] past;
  private final float[] present;
  private final boolean[] reporting;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final Tense documentTense;

  TenseDetector(List<Token> tokens) {
    this.tokens = tokens;
    int n = tokens.size();
    future = new float[n];
    modal = new float[n];
    past = new float[n];
    present = new float[n];
    reporting = new boolean[n];
    float f = 0;
    float p = 0;
    for (int i = 0; i < n; i++) {
      classify(i);
      f += future[i] + modal[i];
      p += past[i];
    }
    documentTense = f > p ? Tense.FUTURE : Tense.PAST;
    int sentences = n == 0 ? 0 : tokens.get(n - 1).sentence() + 1;
    sentenceStart = new int[sentences];
    sentenceEnd = new int[sentences];
    for (int i = n - 1; i >= 0; i--) {
      sentenceStart[tokens.get(i).sentence()] = i;
    }
    for (int i = 0; i < n; i++) {
      sentenceEnd[tokens.get(i).sentence()] = i + 1;
    }
  }

  /** Whether the whole text reads more past (the usual news story) or more future. */
  Tense documentTense() {
    return documentTense;
  }

  private void classify(int i) {
    Token t = tokens.get(i);
    if (!t.isWord()) {
      return;
    }
    String w = t.lower();
    int in = CUE_SETS.getOrDefault(w, 0);
    reporting[i] = (in & IN_REPORTING) != 0;
    if (w.endsWith("'ll") || w.endsWith("\u2019ll") || (in & IN_FUTURE_STRONG) != 0
        || (w.equals("going") || (in & IN_FUTURE_WITH_TO) != 0 || w.equals("set") || w.equals("due") || w.equals("is")
            || w.equals("are")) && nextIsTo(i)) {
      if (pluperfect(i)) {
        past[i] = 3f; // "had been scheduled to expire Friday": a plan that lay in the past
      } else {
        future[i] = 3f;
      }
    } else if ((in & IN_FUTURE_WEAK) != 0 && !(w.equals("may") && t.capitalized() && i > 0)) {
      modal[i] = 1.2f;
    } else if ((in & IN_PAST_IRREGULAR) != 0) {
      past[i] = 2f;
    } else if (w.length() >= 5 && w.endsWith("ed") && (in & IN_NOT_PAST) == 0) {
      past[i] = 1.5f;
    } else if (w.equals("has") || w.equals("have")) {
      past[i] = 0.8f;
    } else if ((in & IN_PRESENT) != 0) {
      present[i] = 1f;
    }
  }

  private boolean nextIsTo(int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to");
  }

  /** Whether "had" or "had been" comes right before token {@code i}. */
  private boolean pluperfect(int i) {
    String p1 = i > 0 ? tokens.get(i - 1).lower() : "";
    String p2 = i > 1 ? tokens.get(i - 2).lower() : "";
    return p1.equals("had") || (p1.equals("been") && p2.equals("had"));
  }

  /**
   * Words that open a new clause or a quotation after an expression ("Friday, saying the entry
   * will ...", "Friday that talks will ...", "Wednesday about \u201cupcoming talks\u201d"): cues
   * beyond them tell the tense of that clause, not of the expression's.
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "that", "saying", "which", "who", "while", "because", "although", "though", "but", "when", "where", ";",
      "\u201c", "`");

  /** A closing quotation mark: ” or '', or " attached to the word before it. */
  private boolean closesQuote(int i) {
    String w = tokens.get(i).text();
    return w.equals("\u201d") || w.equals("''") || w.equals("\"") && i > 0 && !tokens.get(i).spaceBefore();
  }

  /** Whether token {@code i}, right of an expression, opens a new clause. */
  private boolean opensClause(int i) {
    return CLAUSE_OPENERS.contains(tokens.get(i).lower());
  }

  /** Whether the sentence around tokens {@code [from, to)} has any tense cue at all. */
  boolean hasCues(int from, int to) {
    int s = tokens.get(from).sentence();
    for (int i = Math.max(sentenceStart[s], from - WINDOW); i < Math.min(sentenceEnd[s], to + WINDOW); i++) {
      if ((i < from || i >= to) && (future[i] > 0 || modal[i] > 0 || past[i] > 0 || present[i] > 0)) {
        return true;
      }
    }
    return false;
  }

  /** The tense of the sentence around tokens {@code [from, to)}. */
  Tense tenseAround(int from, int to) {
    return tenseAround(from, to, true);
  }

  /**
   * The tense around tokens {@code [from, to)} with the modal cues left out: for an expression that
   * names an event already spoken of ("ways to get around Wednesday's ruling"), where "would" or
   * "may" tells of what is still possible, not of when that event lies.
   */
  Tense tenseWithoutModals(int from, int to) {
    return tenseAround(from, to, false);
  }

  private Tense tenseAround(int from, int to, boolean modals) {
    int s = tokens.get(from).sentence();
    float f = 0;
    float p = 0;
    float r = 0;
    boolean cueCloser = false;
    for (int i = from - 1; i >= Math.max(sentenceStart[s], from - WINDOW); i--) {
      int dist = from - i - 1;
      if (cueCloser && (reporting[i] || tokens.get(i).lower().equals("that"))) {
        break; // "said he would travel Thursday": "would" tells the tense, "said" is the report's
      }
      if (closesQuote(i)) {
        break; // "“We will hold talks,” Lavrov said Monday": the quote's tense is the speaker's, not the saying's
      }
      float weight = 1f / (1f + 0.15f * dist);
      if (dist == 0 && reporting[i]) {
        weight *= 2f;
      }
      f += (future[i] + (modals ? modal[i] : 0)) * weight;
      p += past[i] * weight;
      r += present[i] * weight;
      cueCloser |= future[i] > 0 || modal[i] > 0 || past[i] > 0;
    }
    boolean commaAfter = false;
    for (int i = to; i < Math.min(sentenceEnd[s], to + WINDOW); i++) {
      int dist = i - to;
      if (opensClause(i) || (reporting[i] && commaAfter)) {
        break; // "... Monday to ensure unity, the official said": the report's verb, not the event's
      }
      commaAfter |= dist >= 1 && tokens.get(i).lower().equals(",");
      float weight = 1f / (1f + 0.15f * dist);
      if (dist == 0 && reporting[i]) {
        weight *= 2f;
      }
      f += (future[i] + (modals ? modal[i] : 0)) * weight;
      p += past[i] * weight;
      r += present[i] * weight;
    }
    if (from > 0 && tokens.get(from - 1).sentence() == s) {
      String before = tokens.get(from - 1).lower();
      String twoBefore = from > 1 ? tokens.get(from - 2).lower() : "";
      if (DEADLINE.contains(before) || (before.equals("as") && (twoBefore.equals("soon") || twoBefore.equals("early")))) {
        f += 2f;
      }
    }
    if (f > p && f > r) {
      return Tense.FUTURE;
    }
    if (p > f && p >= r) {
      return Tense.PAST;
    }
    return Tense.PRESENT;
  }
}
