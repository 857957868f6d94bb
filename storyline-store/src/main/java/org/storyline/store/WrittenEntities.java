package org.storyline.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.engine.StoryEntities;

/**
 * What one writer last wrote of each story's entities, so that {@link EntityStore#replace} writes
 * only the entities a batch changed: a story touched by a batch mostly keeps most of its entities,
 * and deleting and inserting them again with their mentions was most of the commit's entity cost.
 *
 * <p>It is only as good as the rows it stands for: it belongs to one writer (which holds the store's
 * writer lock, so nobody else writes the tables meanwhile), what a transaction writes is {@link
 * #stage staged} and kept only once the transaction {@link #committed}; a transaction that failed
 * (or anything else this class cannot follow) makes it {@link #forget} everything. A story it does not
 * know is written whole from the rows stored, as before. It holds at most {@code capacity} stories,
 * the least recently written dropped first. Not thread-safe: the writer's thread only.
 */
final class WrittenEntities {

  private final Map<String, List<StoryEntities.Linked>> committed;
  private final Map<String, List<StoryEntities.Linked>> staged = new HashMap<>();
  private final Set<String> unknown = new HashSet<>();

  WrittenEntities(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 story, not " + capacity);
    }
    this.committed = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<StoryEntities.Linked>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The entities the story's rows hold, as written by this writer (staged ones first), or null when not known. */
  List<StoryEntities.Linked> of(String story) {
    if (unknown.contains(story)) {
      return null;
    }
    List<StoryEntities.Linked> s = staged.get(story);
    return s != null ? s : committed.get(story);
  }

  /**
   * Records what the current transaction wrote of a story. A story two of whose entities share a
   * local id is left unknown: its rows hold only the last of them (the row is upserted), so they
   * cannot be told apart from the list.
   */
  void stage(String story, List<StoryEntities.Linked> entities) {
    Set<String> locals = new HashSet<>();
    for (StoryEntities.Linked l : entities) {
      if (!locals.add(l.entity().id().value())) {
        staged.remove(story);
        unknown.add(story);
        return;
      }
    }
    unknown.remove(story);
    staged.put(story, entities);
  }

  /** The transaction that staged was committed: what it wrote is now what the rows hold. */
  void committed() {
    unknown.forEach(committed::remove);
    committed.putAll(staged);
    staged.clear();
    unknown.clear();
  }

  /** Nothing known any more: the transaction failed, or the tables were emptied. */
  void forget() {
    committed.clear();
    staged.clear();
    unknown.clear();
  }
}
