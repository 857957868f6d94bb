package org.storyline.extract.claim;

import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Span;

/**
 * What a figure's sentence says of the things it counts: what happened to them ("Two people were
 * killed and three were hurt": killed, then injured) and whether they are part of things counted
 * before ("two of the victims") or come on top of them ("three more people"). Two figures of people
 * are accounts of one figure only when this agrees: 2 killed and 6 "seen arriving on bikes" are not.
 *
 * @param span the words that say it ("were killed": "killed"), if the sentence says
 * @param key what happened, normalised: one of {@link #KILLED}, {@link #INJURED}, {@link #SHOT},
 *     {@link #ARRESTED}, {@link #TAKEN}, {@link #FIRED}, or any other verb's or noun's own form without
 *     its ending ("gathered" is "gather"); "" when the sentence says nothing of it
 * @param part how the figure stands to things counted before
 */
public record Happening(Optional<Span> span, String key, Part part) {

  public static final String KILLED = "killed";
  public static final String INJURED = "injured";
  public static final String SHOT = "shot";
  public static final String ARRESTED = "arrested";
  /** Taken, rushed or sent to a hospital. */
  public static final String TAKEN = "taken";
  public static final String FIRED = "fired";

  /** Nothing said: a figure of the whole, no happening named. */
  public static final Happening NONE = new Happening(Optional.empty(), "", Part.WHOLE);

  /** How a figure stands to the things counted before it. */
  public enum Part {
    /** The things themselves: "four people were shot". */
    WHOLE,
    /** Some of things already counted: "two of the victims", "three of their children". */
    SOME,
    /** Things beyond those already counted: "three more people", "two other victims". */
    MORE
  }

  public Happening {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(part, "part");
    if (span.isPresent() == key.isEmpty()) {
      throw new IllegalArgumentException("a happening has words exactly when it has a key: " + span + " \"" + key + "\"");
    }
  }

  /** Whether the sentence says anything of the things counted. */
  public boolean isSaid() {
    return !key.isEmpty() || part != Part.WHOLE;
  }
}
