package org.storyline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * <p>{@code mention} is where the quote's own sentence names the speaker ("he", "Blinken", "the
 * official", "a senior administration official"); {@code name} is what that mention stands for
 * once resolved: a person's fullest name in the article ("Antony Blinken"), an organisation
 * ("UK Foreign Office"), or a description kept as written ("a senior administration official").
 *
 * @param name the resolved speaker, never blank
 * @param kind what sort of speaker it is
 * @param mention the words naming the speaker in or next to the quote's sentence
 * @param antecedent the mention {@code name} was taken from; the same as {@code mention} when the
 *     mention names the speaker itself
 * @param entityId the cross-article entity this speaker is, once entities are linked; may be null
 */
public record Speaker(String name, Kind kind, Span mention, Span antecedent, String entityId) {

  /** The sort of speaker. */
  public enum Kind {
    /** A named person. */
    PERSON,
    /** A named organisation, government or institution ("the Kremlin", "State Department"). */
    ORGANISATION,
    /** An unnamed source described as written ("a senior administration official", "U.S. officials"). */
    DESCRIPTION,
    /** A pronoun or bare description that nothing earlier in the article resolves. */
    UNRESOLVED
  }

  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(antecedent, "antecedent");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a speaker has a name");
    }
  }

  /** Whether the speaker is a named person (not an organisation or an anonymous source). */
  public boolean isNamedPerson() {
    return kind == Kind.PERSON;
  }

  public Optional<String> entityIdOpt() {
    return Optional.ofNullable(entityId);
  }

  /** The same speaker linked to a cross-article entity. */
  public Speaker withEntityId(String id) {
    return new Speaker(name, kind, mention, antecedent, id);
  }
}
