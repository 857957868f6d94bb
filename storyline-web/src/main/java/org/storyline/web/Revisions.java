package org.storyline.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.EntityId;

/**
 * Which commits a kept answer has seen: a revision per story and per store-wide entity, bumped
 * before a commit that changes it and again after (odd while the commit is under way), and a
 * sequence bumped around every commit. A seqlock, key by key.
 *
 * <p>An answer made from reads that all fell between two commits (the sequence even and the same
 * before and after) is stamped with the revisions of what it shows; it is current while each is
 * still the same. Thread-safe; {@link #changing} and {@link #changed} come in pairs from one thread.
 */
final class Revisions {

  /** What an answer shows, and their revisions when it was made. */
  record Stamp(long epoch, StoryId story, long storyRevision, List<EntityId> entities, long[] entityRevisions) {}

  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong epoch = new AtomicLong();
  private final Map<StoryId, Long> stories = new ConcurrentHashMap<>();
  private final Map<EntityId, Long> entities = new ConcurrentHashMap<>();

  /** Read before making an answer; see {@link #unchangedSince}. */
  long sequence() {
    return sequence.get();
  }

  /** Whether no commit began or was under way since {@link #sequence()} gave {@code before}. */
  boolean unchangedSince(long before) {
    return before % 2 == 0 && sequence.get() == before;
  }

  Stamp stamp(StoryId story, List<EntityId> shown) {
    long[] revisions = new long[shown.size()];
    for (int i = 0; i < revisions.length; i++) {
      revisions[i] = entities.getOrDefault(shown.get(i), 0L);
    }
    return new Stamp(epoch.get(), story, stories.getOrDefault(story, 0L), List.copyOf(shown), revisions);
  }

  /** Whether nothing the stamped answer shows changed since, nor is changing. */
  boolean current(Stamp stamp) {
    if (stamp.epoch() != epoch.get() || stamp.storyRevision() != stories.getOrDefault(stamp.story(), 0L)) {
      return false;
    }
    for (int i = 0; i < stamp.entityRevisions().length; i++) {
      if (stamp.entityRevisions()[i] != entities.getOrDefault(stamp.entities().get(i), 0L)) {
        return false;
      }
    }
    return true;
  }

  /** Before a commit that changes these stories and entities (all of them when {@code everything}). */
  void changing(Set<StoryId> changedStories, Set<EntityId> changedEntities, boolean everything) {
    sequence.incrementAndGet();
    bump(changedStories, changedEntities, everything);
  }

  /** After it. */
  void changed(Set<StoryId> changedStories, Set<EntityId> changedEntities, boolean everything) {
    bump(changedStories, changedEntities, everything);
    sequence.incrementAndGet();
  }

  private void bump(Set<StoryId> changedStories, Set<EntityId> changedEntities, boolean everything) {
    if (everything) {
      epoch.incrementAndGet();
    }
    changedStories.forEach(s -> stories.merge(s, 1L, Long::sum));
    changedEntities.forEach(e -> entities.merge(e, 1L, Long::sum));
  }
}
