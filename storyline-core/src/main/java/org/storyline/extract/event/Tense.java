package org.storyline.extract.event;

/** The grammatical tense of a verbal trigger (TimeML's {@code tense}); {@link #NONE} for nominal ones. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  NONE
}
