package org.storyline.store.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;

/**
 * One article as the index holds it.
 *
 * @param facts what may change after the article is stored (its story, date and entities)
 * @param title its title, empty when it has none
 * @param outlet its outlet (else its address's host), empty when neither is known
 * @param text its cleaned text
 */
public record IndexedArticle(Facts facts, String title, String outlet, String text) {

  public IndexedArticle {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
  }

  /** The article's id. */
  public ArticleId id() {
    return facts.id();
  }

  /**
   * The facts of an article that a later batch may change: the index compares them with what it
   * holds and rewrites only the documents that differ.
   *
   * @param id the article
   * @param story its story, once clustered
   * @param published its publication day (its own or inferred), when known
   * @param entities the store-wide entities it mentions, by id, each once, sorted by id
   */
  public record Facts(ArticleId id, Optional<StoryId> story, Optional<LocalDate> published, List<EntityName> entities) {

    public Facts {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(published, "published");
      entities = List.copyOf(entities);
    }
  }

  /** A store-wide entity: its id and canonical name. */
  public record EntityName(String id, String name) implements Comparable<EntityName> {

    public EntityName {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(EntityName o) {
      return id.compareTo(o.id);
    }
  }
}
