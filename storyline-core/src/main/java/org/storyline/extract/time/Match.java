package org.storyline.extract.time;

import org.storyline.model.Span;

/** A rule's result: tokens up to {@code end} (exclusive), with type, value and modifier. */
record Match(int end, TimexType type, TimexValue value, TimexMod mod, Match.CueMaker cue) {

  /** Makes the {@link DatingCue} of a match once its span, text and modifier are known. */
  interface CueMaker {
    DatingCue make(Span span, String text, TimexMod mod);
  }

  Match(int end, TimexType type, TimexValue value, TimexMod mod) {
    this(end, type, value, mod, null);
  }

  Match withMod(TimexMod m) {
    return new Match(end, type, value, m, cue);
  }

  Match withCue(CueMaker c) {
    return new Match(end, type, value, mod, c);
  }
}
