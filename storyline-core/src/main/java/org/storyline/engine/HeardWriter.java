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
 * The engine's writer, telling its {@link CommitListener}s of each write that changes what a view
 * shows: commits (not those that only record files read) and the forgetting of every story.
 * Checkpoints and entity decisions (applied by the commit that follows them) are passed on unheard.
 */
final class HeardWriter implements StoreWriter {

  private final StoreWriter writer;
  private final List<CommitListener> listeners;

  HeardWriter(StoreWriter writer, List<CommitListener> listeners) {
    this.writer = writer;
    this.listeners = listeners;
  }

  @Override
  public void commit(BatchUpdate update) {
    if (update.onlyRecordsFiles()) {
      writer.commit(update); // the record of a file whose articles were heard before
    } else {
      heard(StoreChange.of(update), () -> writer.commit(update));
    }
  }

  @Override
  public void clearDerived() {
    heard(StoreChange.forgettingAll(), writer::clearDerived);
  }

  private void heard(StoreChange change, Runnable write) {
    listeners.forEach(l -> l.committing(change));
    try {
      write.run();
    } finally {
      listeners.forEach(l -> l.committed(change));
    }
  }

  @Override
  public Set<ArticleId> stored(Collection<ArticleId> ids) {
    return writer.stored(ids);
  }

  @Override
  public Optional<ArticleId> recall(String fingerprint) {
    return writer.recall(fingerprint);
  }

  @Override
  public Optional<InputRecord> input(InputRecord.Key key) {
    return writer.input(key);
  }

  @Override
  public long lastBatch() {
    return writer.lastBatch();
  }

  @Override
  public List<Article> batch(long number) {
    return writer.batch(number);
  }

  @Override
  public Optional<Checkpoint> checkpoint() {
    return writer.checkpoint();
  }

  @Override
  public void saveCheckpoint(Checkpoint checkpoint) {
    writer.saveCheckpoint(checkpoint);
  }

  @Override
  public void addEntityDecision(EntityDecision decision) {
    writer.addEntityDecision(decision);
  }

  @Override
  public List<StoryId> storiesNaming(String name) {
    return writer.storiesNaming(name);
  }

  @Override
  public List<ArticleId> outdated(String version, int limit) {
    return writer.outdated(version, limit);
  }
}
