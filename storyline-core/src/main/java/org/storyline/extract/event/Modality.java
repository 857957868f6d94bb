package org.storyline.extract.event;

/** What the sentence says of whether the event took place. */
public enum Modality {
  /** It took place (or is taking place): "held a call", "the invasion". */
  HAPPENED,
  /** It is planned, scheduled or announced for later: "will hold a call on Tuesday". */
  PLANNED,
  /** Someone denies that it took place: "denied planning an invasion". */
  DENIED,
  /** It may take place, or would under a condition: "could attack", "if they invade". */
  HYPOTHETICAL,
  /** The sentence says it did not take place: "did not meet". */
  NEGATED
}
