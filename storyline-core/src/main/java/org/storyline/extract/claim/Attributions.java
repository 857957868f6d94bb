package org.storyline.extract.claim;

import java.util.Optional;
import java.util.Set;
import org.storyline.model.Span;

/**
 * Finds who a sentence says asserts its figures, by two small patterns: a verb of saying ("Kirby
 * said", "officials estimate", "the assessment indicates", "..., police said", "..., said Kirby")
 * and "according to X". A verb of saying before the figure is taken first (the nearest one: "with
 * the minister, Oleksii Reznikov, saying the number ... is estimated at 94,300"), then "according
 * to", then a verb of saying after the figure.
 *
 * <p>These patterns stand in for the quote stage's speakers ({@code org.storyline.extract.quote})
 * until it can be used here.
 */
final class Attributions {

  static final Set<String> SAYING = Set.of(
      "said", "says", "say", "saying", "told", "tells", "tell", "announced", "announces", "confirmed", "confirms",
      "reported", "reports", "stated", "added", "adds", "noted", "warned", "claimed", "claims", "indicated",
      "indicates", "wrote", "writes", "testified", "explained", "estimate", "estimates", "insisted", "acknowledged",
      "disclosed", "revealed", "briefed");

  private static final Set<String> SKIPPED_BEFORE_VERB = Set.of(
      "has", "have", "had", "also", "previously", "reportedly", "publicly", "later", "earlier", "did", "does", "n't",
      "not", "would", "will", "recently", "further", "then");

  private static final Set<String> NP_STOPS = Set.of(
      "that", "which", "who", "as", "while", "when", "after", "before", "because", "since", "if", "and", "but", "with",
      "so", "where");

  /** Where a clause that may hold the speaker of a figure ends, looking forward from the figure. */
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "but");

  private static final Set<String> PASSIVE = Set.of("be", "been", "being", "was", "were", "is", "are");

  private Attributions() {}

  /** Who asserts the figure spanning tokens {@code [from, to)} of the sentence {@code f} reads. */
  static Optional<Attribution> find(QuantityFinder f, int from, int to) {
    for (int v = from - 1; v >= 0; v--) {
      if (isSaying(f, v)) {
        Optional<Attribution> a = speakerOf(f, v, true).filter(s -> !s.span().contains(f.tokens.get(from).span()));
        if (a.isPresent()) {
          return a;
        }
        if (speakerOf(f, v, true).isPresent()) {
          break; // the figure is part of who speaks: "More than half of respondents said ..."
        }
      }
    }
    Optional<Attribution> according = accordingTo(f, 0);
    if (according.isPresent()) {
      return according;
    }
    for (int v = to; v < f.size() && !CLAUSE_ENDS.contains(f.lw(v)); v++) {
      if (isSaying(f, v)) {
        Optional<Attribution> a = speakerOf(f, v, false).filter(s -> !s.span().contains(f.tokens.get(from).span()));
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /** "according to X" from token {@code from} on. */
  static Optional<Attribution> accordingTo(QuantityFinder f, int from) {
    for (int k = from; k + 1 < f.size(); k++) {
      if (f.lw(k).equals("according") && f.lw(k + 1).equals("to")) {
        int start = k + 2;
        int end = start;
        while (end < f.size() && end - start < 15 && !isBreak(f.tok(end))) {
          end++;
        }
        if (end > start) {
          return Optional.of(attribution(f, start, end - 1, Attribution.Cue.ACCORDING_TO));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSaying(QuantityFinder f, int v) {
    return SAYING.contains(f.lw(v)) && !(f.lw(v).equals("estimate") && f.lw(v - 1).equals("an"));
  }

  /** The speaker of the verb at {@code v}: the noun phrase before it, after an appositive, or after the verb. */
  private static Optional<Attribution> speakerOf(QuantityFinder f, int v, boolean beforeFigure) {
    int k = v - 1;
    if (PASSIVE.contains(f.lw(k)) && !f.lw(v).equals("told")) {
      return Optional.empty(); // "would be disclosed"
    }
    while (k >= 0 && SKIPPED_BEFORE_VERB.contains(f.lw(k))) {
      k--;
    }
    if (k >= 0 && f.lw(k).equals(",") && beforeFigure) {
      // "Win Htein, a member of the committee, said": the name before the appositive
      int comma = k - 1;
      while (comma >= 0 && comma > k - 16 && !f.lw(comma).equals(",")) {
        comma--;
      }
      if (comma > 0 && f.lw(comma).equals(",")) {
        if (isName(f, comma + 1, k - 1)) {
          // "Ukraine's defense minister, Oleksii Reznikov, saying": the name between the commas
          return Optional.of(attribution(f, comma + 1, k - 1, Attribution.Cue.SPEAKER));
        }
        k = comma - 1; // "Win Htein, a member of the committee, said": the name before them
      } else {
        return after(f, v);
      }
    } else if (k < 0 || isBreak(f.tok(k))) {
      return after(f, v);
    }
    int end = k;
    int start = k;
    while (start - 1 >= 0 && end - start < 10 && !isBreak(f.tok(start - 1)) && !NP_STOPS.contains(f.lw(start - 1))) {
      start--;
    }
    if (!Words.isWord(f.tok(end)) && !f.lw(end).endsWith(".")) {
      return Optional.empty();
    }
    return Optional.of(attribution(f, start, end, Attribution.Cue.SPEAKER));
  }

  /** Whether tokens {@code [start, last]} are one to four capitalised words: a name. */
  private static boolean isName(QuantityFinder f, int start, int last) {
    if (last < start || last - start > 3) {
      return false;
    }
    for (int k = start; k <= last; k++) {
      if (!Words.isCapitalised(f.tok(k)) || !Words.isWord(f.tok(k))) {
        return false;
      }
    }
    return true;
  }

  /** The noun phrase after a verb of saying: "..., said Detective Kevin Beyrer." */
  private static Optional<Attribution> after(QuantityFinder f, int v) {
    int start = v + 1;
    int end = start;
    while (end < f.size() && end - start < 10 && !isBreak(f.tok(end)) && !NP_STOPS.contains(f.lw(end))) {
      end++;
    }
    if (end == start || !Words.isWord(f.tok(start))) {
      return Optional.empty();
    }
    return Optional.of(attribution(f, start, end - 1, Attribution.Cue.SPEAKER));
  }

  private static boolean isBreak(String token) {
    return token.equals(",") || token.equals(";") || token.equals(":") || token.equals(".") || token.equals("\"")
        || token.equals("“") || token.equals("”") || token.equals("—") || token.equals("--") || token.equals("(")
        || token.equals(")") || token.equals("?") || token.equals("!") || token.equals("''") || token.equals("``")
        || token.equals("–") || token.equals("'");
  }

  private static Attribution attribution(QuantityFinder f, int start, int last, Attribution.Cue cue) {
    Span span = Span.of(f.tokens.get(start).start(), f.tokens.get(last).end());
    return new Attribution(span, span.of(f.text), cue);
  }
}
