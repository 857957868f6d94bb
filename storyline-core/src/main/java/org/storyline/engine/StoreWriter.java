package org.storyline.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.pipeline.InputRecord;
import org.storyline.reconcile.entity.EntityDecision;

/**
 * What the engine writes, and the few reads it needs to write right. One writer per store (see
 * {@link Store#writer()}); not thread-safe.
 *
 * <p>Contract: {@link #commit} stores everything of a {@link BatchUpdate} in one transaction and
 * is idempotent (an article, story, entity or claim group written again replaces itself; nothing is
 * stored twice), so replaying a batch after a crash is harmless.
 */
public interface StoreWriter {

  /** Which of these ids are stored. */
  Set<ArticleId> stored(Collection<ArticleId> ids);

  /** The stored article that an input of this fingerprint was cleaned into, if it is stored. */
  Optional<ArticleId> recall(String fingerprint);

  /**
   * What a run that read the file of {@code key} to its end made of it, if that run committed it
   * ({@link BatchUpdate#filesRead()}).
   */
  Optional<InputRecord> input(InputRecord.Key key);

  /** Stores one batch's results atomically. */
  void commit(BatchUpdate update);

  /** The number of the last batch committed; 0 when none was. */
  long lastBatch();

  /**
   * The articles first stored by batch {@code number}, in the order they were clustered, each with
   * the date it was clustered with ({@link BatchUpdate#added()}), not one inferred later.
   */
  List<Article> batch(long number);

  /** The last checkpoint saved, if any. */
  Optional<Checkpoint> checkpoint();

  /** Saves a checkpoint, replacing the previous one, atomically. */
  void saveCheckpoint(Checkpoint checkpoint);

  /** Forgets the checkpoint and every story, entity and claim group (before re-clustering the store from its articles). */
  void clearDerived();

  /** Records a user's entity decision (never overwritten). */
  void addEntityDecision(EntityDecision decision);

  /** The stories with an entity of this name (canonical or alias, folded as in {@link StoreReader#entity}). */
  List<StoryId> storiesNaming(String name);

  /** Up to {@code limit} stored articles whose extraction is missing or made by another version. */
  List<ArticleId> outdated(String version, int limit);
}
