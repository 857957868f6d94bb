package org.storyline.engine;

import java.util.List;
import java.util.Objects;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;

/**
 * The entities resolved within one story, each with the key that joins it to the same entity of
 * other stories.
 *
 * @param story the story
 * @param entities its entities
 */
public record StoryEntities(StoryId story, List<Linked> entities) {

  public StoryEntities {
    Objects.requireNonNull(story, "story");
    entities = List.copyOf(entities);
  }

  /**
   * A story's entity and its cross-story key: entities of different stories with one key are one
   * entity of the store.
   */
  public record Linked(Entity entity, String key) {
    public Linked {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(key, "key");
    }
  }
}
