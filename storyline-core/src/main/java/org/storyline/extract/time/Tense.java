package org.storyline.extract.time;

/** The direction a sentence points in time, as far as its verbs and adverbs tell. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE
}
