package org.storyline.reconcile.entity;

import java.util.Objects;
import java.util.Optional;
import org.storyline.model.ArticleId;

/**
 * Why two names were put in one entity (or, for {@link Kind#USER_SPLIT}, taken apart): what
 * {@code storyline entity NAME} shows.
 *
 * @param kind the rule that fired
 * @param name one name, as written
 * @param other the name it was joined to
 * @param article the article the rule looked at, for rules within one article; else null
 * @param explanation one sentence for a person
 */
public record MergeReason(Kind kind, String name, String other, ArticleId article, String explanation) {

  /** The rules that join names. */
  public enum Kind {
    /** The same name, up to case, diacritics, titles, determiners and possessives. */
    SAME_NAME,
    /** A shorter form of a longer name in the same article ("Putin" after "Vladimir Putin"). */
    SHORT_FORM,
    /** An acronym of a longer name ("OSCE", "Organization for Security and Co-operation in Europe"). */
    ACRONYM,
    /** A description the article gives the named entity ("the Kremlin spokesman" of "Kremlin spokesman Dmitry Peskov"). */
    DESCRIPTION,
    /** A name that stands for another: a common name ("Pentagon") or a capital used for its government. */
    KNOWN_ALIAS,
    /** Spelling variants: transliteration, diacritics, a typo in one part of a full name. */
    SPELLING_VARIANT,
    /** A bare surname or short name that names exactly one entity of the store. */
    UNIQUE_SHORT_FORM,
    /** A user's {@code entity merge}. */
    USER_MERGE,
    /** A user's {@code entity split}: the alias was taken out into an entity of its own. */
    USER_SPLIT
  }

  public MergeReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(explanation, "explanation");
  }

  public Optional<ArticleId> articleOpt() {
    return Optional.ofNullable(article);
  }
}
