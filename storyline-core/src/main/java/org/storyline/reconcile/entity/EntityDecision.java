package org.storyline.reconcile.entity;

import java.util.Objects;

/**
 * A user's correction, kept apart from what the resolver computes and applied, in the order they
 * were made, every time entities are resolved again.
 *
 * <ul>
 *   <li>{@code MERGE name other}: the entities named {@code name} and {@code other} are one.
 *   <li>{@code SPLIT name other}: mentions written {@code other} are not the entity named {@code
 *       name}; they become an entity of their own.
 * </ul>
 *
 * Names match an entity's canonical name or any alias, ignoring case and diacritics.
 */
public record EntityDecision(Kind kind, String name, String other) {

  /** What the user asked. */
  public enum Kind { MERGE, SPLIT }

  public EntityDecision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(other, "other");
    if (name.isBlank() || other.isBlank()) {
      throw new IllegalArgumentException("a decision names two non-blank names");
    }
  }

  public static EntityDecision merge(String name, String other) {
    return new EntityDecision(Kind.MERGE, name, other);
  }

  public static EntityDecision split(String name, String alias) {
    return new EntityDecision(Kind.SPLIT, name, alias);
  }
}
