package org.storyline.model;

import java.util.Objects;

/** A piece of the source that cleaning dropped, with why; {@code source} indexes the source text. */
public record Removal(Span source, RemovalReason reason) {

  public Removal {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
