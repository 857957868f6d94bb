package org.storyline.reconcile.entity;

import java.util.Objects;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

/**
 * One mention of an entity: where it stands in which article, as written.
 *
 * @param article the article
 * @param span where it stands in the article's cleaned text
 * @param text the characters of {@code span}
 * @param type the type the recogniser gave this mention (the entity's type is the majority)
 */
public record EntityMention(ArticleId article, Span span, String text, EntityType type)
    implements Comparable<EntityMention> {

  public EntityMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("mention '" + text + "' does not fit its span " + span);
    }
  }

  @Override
  public int compareTo(EntityMention o) {
    int c = article.compareTo(o.article);
    return c != 0 ? c : span.compareTo(o.span);
  }
}
