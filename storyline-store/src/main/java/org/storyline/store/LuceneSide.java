package org.storyline.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.storyline.engine.BatchUpdate;
import org.storyline.engine.StoreBusyException;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.search.ArticleSearch;
import org.storyline.store.index.LuceneIndex;

/**
 * The search of a SQLite store: a Lucene index in the folder {@code FILE.index/} beside it, kept in
 * step through the outbox of {@link SearchLog} (see {@link LuceneIndex}).
 */
final class LuceneSide implements SearchSide {

  private final JdbcArticleStore articles;
  private LuceneIndex index; // opened by the first search or the writer; guarded by this

  LuceneSide(JdbcArticleStore articles) {
    this.articles = articles;
  }

  /**
   * The index. Opening it in a process that does not write the store catches it up when it is
   * behind and no other process writes (which would catch it up itself); the writer's lock is taken
   * for that and released. Later calls return the same index.
   */
  @Override
  public synchronized ArticleSearch search(boolean writing) {
    if (index == null) {
      LuceneIndex i = index();
      if (!writing && !i.inStepWith(indexSource())) {
        try (WriterLock lock = WriterLock.take(articles.file())) {
          followStore();
          i.releaseWriter();
        } catch (StoreBusyException busy) {
          // the writing process brings the index in step after its next batch
        }
      }
    }
    return index;
  }

  /** The search index, opened the first time. */
  synchronized LuceneIndex index() {
    if (index == null) {
      Path file = articles.file();
      index = LuceneIndex.open(file.resolveSibling(file.getFileName() + ".index"));
    }
    return index;
  }

  @Override
  public void writerOpened() {
    followStore();
  }

  @Override
  public void committed() {
    followStore();
  }

  /**
   * Logs what the batch may have changed for the search index: its new articles, those whose date
   * changed, and those of the stories whose articles or entities changed (the index rewrites only
   * the ones that differ). The changes the index already holds are forgotten.
   */
  @Override
  public void logIn(Connection db, BatchUpdate u) throws SQLException {
    SearchLog.forget(db, index().heldChange());
    Set<ArticleId> changed = new LinkedHashSet<>();
    u.added().forEach(a -> changed.add(a.id()));
    changed.addAll(u.dates().keySet());
    Set<StoryId> stories = new LinkedHashSet<>();
    u.stories().stories().forEach(s -> stories.add(s.id()));
    u.entities().forEach(e -> stories.add(e.story()));
    SearchLog.log(db, changed, stories);
  }

  @Override
  public void logAllIn(Connection db) throws SQLException {
    SearchLog.logAll(db); // the next commit's sync rewrites them, with the stories made again
  }

  /** Brings the search index in step with what the store committed; only while holding the writer's lock. */
  synchronized void followStore() {
    try {
      index().sync(indexSource());
    } catch (UncheckedIOException e) {
      throw new StoreException(articles.file(), e.getMessage(), e);
    }
  }

  private JdbcIndexSource indexSource() {
    return new JdbcIndexSource(articles.location(), articles.connection());
  }

  @Override
  public synchronized void close() {
    if (index != null) {
      index.close();
    }
  }
}
