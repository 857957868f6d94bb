package org.storyline.model;

import java.util.Objects;

/**
 * One mention of a named entity in an article: a name as written, where it stands and what kind
 * of entity it names. Mentions are not merged across spellings ("Zelensky", "Zelenskyy").
 *
 * @param span where it stands in the cleaned text
 * @param type the kind of entity
 * @param text the characters of {@code span}
 */
public record Mention(Span span, EntityType type, String text) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("mention '" + text + "' does not fit its span " + span);
    }
  }
}
