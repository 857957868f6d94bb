package org.storyline.extract.entity;

import java.util.Objects;
import org.storyline.model.EntityType;

/**
 * An entity mention as a run of tokens {@code [start, end)} of one sentence.
 *
 * @param start the first token's index in its sentence
 * @param end one past the last token's index
 * @param type the kind of entity
 */
public record EntityChunk(int start, int end, EntityType type) {

  public EntityChunk {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid chunk [" + start + ", " + end + ")");
    }
  }
}
