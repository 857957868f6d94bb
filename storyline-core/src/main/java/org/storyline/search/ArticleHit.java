package org.storyline.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;

/**
 * One matching article.
 *
 * @param article its id
 * @param story its story, when it has been clustered
 * @param title its title (may be empty)
 * @param outlet its outlet (may be empty)
 * @param published its publication day, when known
 * @param score the relevance score (higher is better; only comparable within one result)
 * @param snippets the best passages, with the matched words marked
 */
public record ArticleHit(
    ArticleId article,
    Optional<StoryId> story,
    String title,
    String outlet,
    Optional<LocalDate> published,
    float score,
    List<Snippet> snippets) {

  public ArticleHit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    snippets = List.copyOf(snippets);
  }
}
