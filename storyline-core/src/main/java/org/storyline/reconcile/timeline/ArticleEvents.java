package org.storyline.reconcile.timeline;

import java.util.List;
import java.util.Objects;
import org.storyline.extract.event.EventMention;
import org.storyline.model.Article;

/**
 * One article of a story with the event mentions found in it.
 *
 * @param article the article (its text is what the mentions' spans index)
 * @param events its event mentions, in text order
 */
public record ArticleEvents(Article article, List<EventMention> events) {

  public ArticleEvents {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
  }
}
