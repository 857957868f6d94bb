package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.util.Set;
import org.storyline.extract.time.TimexValue.Ref;

/** The present, past and future as such: "now", "currently", "recently", "the past", "the near future". */
final class ReferenceRule {

  private final ScanTokens tokens;

  ReferenceRule(ScanContext context) {
    this.tokens = context.tokens();
  }

  /** "now", "currently", "recently", "the past", "the future", "soon". */
  /** Verbs before "one day" that make it a time to come ("will one day be"), not a length ("for one day"). */
  private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "should", "shall", "must");

  /** Whether "one day" or "someday" at token {@code j} follows a modal: a time to come ("could one day be"), not a length. */
  static boolean someDay(ScanTokens tokens, int j) {
    return MODALS.contains(tokens.w(j - 1)) && (tokens.is(j, "someday") || tokens.is(j, "one") && tokens.is(j + 1, "day"));
  }

  Match reference(int j) {
    Ref r = switch (tokens.w(j)) {
      case "now", "currently", "presently", "nowadays", "current" -> Ref.PRESENT_REF;
      case "recently", "lately" -> Ref.PAST_REF;
      default -> null;
    };
    if (r != null) {
      return new Match(j + 1, DATE, r, null);
    }
    if (tokens.is(j, "the") && tokens.is(j + 1, "past")) {
      return new Match(j + 2, DATE, Ref.PAST_REF, null);
    }
    if (tokens.is(j, "the") && tokens.is(j + 1, "future")) {
      return new Match(j + 2, DATE, Ref.FUTURE_REF, null);
    }
    if (tokens.is(j, "the") && tokens.is(j + 1, "near") && tokens.is(j + 2, "future")) {
      return new Match(j + 3, DATE, Ref.FUTURE_REF, null);
    }
    if (tokens.is(j, "the") && (tokens.is(j + 1, "near") || tokens.is(j + 1, "short")) && tokens.is(j + 2, "term")) {
      return new Match(j + 3, DATE, Ref.FUTURE_REF, null); // "in the near term"
    }
    if (someDay(tokens, j)) {
      return new Match(tokens.is(j, "one") ? j + 2 : j + 1, DATE, Ref.FUTURE_REF, null);
    }
    if (tokens.is(j, "these") && tokens.is(j + 1, "days")) {
      return new Match(j + 2, DATE, Ref.PRESENT_REF, null);
    }
    return null;
  }
}
