package org.storyline.extract.event;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * An entity mention taking part in an event mention.
 *
 * @param span the entity mention's span in the article's cleaned text
 * @param role agent or patient where the sentence says which; otherwise {@link Role#OTHER}
 */
public record Participant(Span span, Role role) {

  /** The part an entity plays. */
  public enum Role {
    /** Who does it: the subject of an active verb, the {@code by} phrase of a passive one. */
    AGENT,
    /** Whom it is done to: the object of an active verb, the subject of a passive one. */
    PATIENT,
    /** In the sentence, role not known. */
    OTHER
  }

  public Participant {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
  }
}
