package org.storyline.engine;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.storyline.model.EntityType;
import org.storyline.reconcile.entity.EntityId;

/**
 * One entity across stories, as a list shows it.
 *
 * @param id the entity's id
 * @param name its canonical name
 * @param type its type
 * @param aliases its other names, sorted
 * @param mentions how many times the articles name it
 * @param articles how many articles name it
 * @param stories how many stories it is in
 */
public record EntitySummary(EntityId id, String name, EntityType type, SortedSet<String> aliases, int mentions,
    int articles, int stories) {

  public EntitySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
  }
}
