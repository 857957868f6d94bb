package org.storyline.reconcile.entity;

import java.util.List;
import java.util.Objects;
import org.storyline.model.ArticleId;
import org.storyline.model.Mention;

/**
 * What the resolver reads of one article: its cleaned text (for the words around a name) and the
 * named-entity mentions found in it.
 *
 * @param id the article
 * @param text its cleaned text, which every mention's span indexes
 * @param mentions its mentions, in text order
 */
public record ArticleMentions(ArticleId id, String text, List<Mention> mentions) {

  public ArticleMentions {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    for (Mention m : mentions) {
      if (m.span().end() > text.length()) {
        throw new IllegalArgumentException("article " + id + ": mention " + m.span() + " is past the end of its text");
      }
    }
  }
}
