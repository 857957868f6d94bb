package org.storyline.extract.event;

/** The grammatical aspect of a verbal trigger (TimeML's {@code aspect}). */
public enum Aspect {
  NONE,
  PROGRESSIVE,
  PERFECTIVE,
  PERFECTIVE_PROGRESSIVE
}
