package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import org.storyline.extract.time.TimexValue.Ref;

/** The present, past and future as such: "now", "currently", "recently", "the past", "the near future". */
final class ReferenceRule {

  private final ScanTokens tokens;

  ReferenceRule(ScanContext context) {
    this.tokens = context.tokens();
  }

  /** "now", "currently", "recently", "the past", "the future", "soon". */
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
    if (tokens.is(j, "these") && tokens.is(j + 1, "days")) {
      return new Match(j + 2, DATE, Ref.PRESENT_REF, null);
    }
    return null;
  }
}
