package org.storyline.extract.claim;

import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.time.Timex;

/**
 * A figure a text gives about the world: how many of what, where, when, who says so and whether it
 * is a count, a plan, a possibility or a figure of the past. Every span indexes the text the claim
 * was found in.
 *
 * @param quantity the figure
 * @param subject the thing counted
 * @param place where, when the text says
 * @param when the time expression of the figure's sentence, if any; otherwise the figure holds at
 *     the publication date
 * @param source who asserts it; empty when the outlet states it
 * @param modality count, plan, possibility or historical figure
 * @param happening what the sentence says happened to the things counted ("were killed"), and whether
 *     they are some of things counted before or more of them
 */
public record Claim(Quantity quantity, Subject subject, Optional<Place> place, Optional<Timex> when,
    Optional<Attribution> source, Modality modality, Happening happening) {

  /** A claim whose sentence says nothing of what happened to the things counted. */
  public Claim(Quantity quantity, Subject subject, Optional<Place> place, Optional<Timex> when,
      Optional<Attribution> source, Modality modality) {
    this(quantity, subject, place, when, source, modality, Happening.NONE);
  }

  public Claim {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(happening, "happening");
  }
}
