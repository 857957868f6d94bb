package org.storyline.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.engine.StoryEntities;
import org.storyline.model.EntityType;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityId;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.MergeReason;

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
 *
 * <p>Of each story entity it keeps a {@link Written}: what taking its share away needs and a digest
 * of the rest, not the entity with its mentions (which made this memory some 37 MiB of the heap once
 * it held 4,096 stories, docs/engine.md, 2026-12-08).
 */
final class WrittenEntities {

  private final Map<String, List<Written>> committed;
  private final Map<String, List<Written>> staged = new HashMap<>();
  private final Set<String> unknown = new HashSet<>();

  WrittenEntities(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 story, not " + capacity);
    }
    this.committed = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<Written>> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * What the writer keeps of one story entity: its store-wide entity, what its share added there
   * (to take it away: name, type, names, counts), and a SHA-256 digest of everything two {@link
   * StoryEntities.Linked} are compared by (the key, the entity's id, names, type, every mention with
   * its type, every reason), so that equal {@code Written}s stand for equal entities.
   *
   * @param entityId the store-wide entity ({@link EntityId#ofKey} of the key)
   * @param localId the story entity's id (its row's {@code local_id})
   * @param name its canonical name
   * @param type its type
   * @param names its canonical name and aliases, sorted ({@link Entity#names()})
   * @param mentions its mention count
   * @param articles how many articles name it
   * @param digest the first 8 bytes of the digest
   * @param digest2 its next 8 bytes
   */
  record Written(String entityId, String localId, String name, EntityType type, List<String> names, int mentions,
      int articles, long digest, long digest2) {

    static Written of(StoryEntities.Linked l) {
      Entity e = l.entity();
      ByteBuffer d = ByteBuffer.wrap(new Digest().add(l).done());
      return new Written(EntityId.ofKey(l.key()).value(), e.id().value(), e.canonicalName(), e.type(), List.copyOf(e.names()),
          e.mentionCount(), (int) e.articleCount(), d.getLong(0), d.getLong(8));
    }
  }

  /** A SHA-256 digest of a story entity, each string with its length before it so that no two entities write the same bytes. */
  private static final class Digest {
    private final MessageDigest sha;
    private final ByteBuffer number = ByteBuffer.allocate(Integer.BYTES);

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    Digest add(StoryEntities.Linked l) {
      Entity e = l.entity();
      text(l.key()).text(e.id().value()).text(e.canonicalName()).text(e.type().name()).number(e.aliases().size());
      e.aliases().forEach(this::text);
      number(e.mentions().size());
      for (EntityMention m : e.mentions()) {
        text(m.article().value()).number(m.span().start()).number(m.span().end()).text(m.text()).text(m.type().name());
      }
      number(e.reasons().size());
      for (MergeReason r : e.reasons()) {
        text(r.kind().name()).text(r.name()).text(r.other()).text(r.article() == null ? null : r.article().value())
            .text(r.explanation());
      }
      return this;
    }

    byte[] done() {
      return sha.digest();
    }

    private Digest text(String s) {
      if (s == null) {
        return number(-1);
      }
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      number(bytes.length);
      sha.update(bytes);
      return this;
    }

    private Digest number(int n) {
      sha.update(number.putInt(0, n).array());
      return this;
    }
  }

  /** What {@link Written} keeps of each of {@code entities}, in their order. */
  static List<Written> of(List<StoryEntities.Linked> entities) {
    List<Written> out = new ArrayList<>(entities.size());
    for (StoryEntities.Linked l : entities) {
      out.add(Written.of(l));
    }
    return out;
  }

  /** The entities the story's rows hold, as written by this writer (staged ones first), or null when not known. */
  List<Written> of(String story) {
    if (unknown.contains(story)) {
      return null;
    }
    List<Written> s = staged.get(story);
    return s != null ? s : committed.get(story);
  }

  /**
   * Records what the current transaction wrote of a story. A story two of whose entities share a
   * local id is left unknown: its rows hold only the last of them (the row is upserted), so they
   * cannot be told apart from the list.
   */
  void stage(String story, List<Written> entities) {
    Set<String> locals = new HashSet<>();
    for (Written w : entities) {
      if (!locals.add(w.localId())) {
        staged.remove(story);
        unknown.add(story);
        return;
      }
    }
    unknown.remove(story);
    staged.put(story, List.copyOf(entities));
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
