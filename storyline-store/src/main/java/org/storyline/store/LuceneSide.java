package org.storyline.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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
 *
 * <p>In the writing process the index follows the store on a thread of its own ({@link
 * IndexFollower}), reading the store through a second connection: the writer's thread commits a
 * batch and goes on. What is guaranteed: a search through {@link #search}{@code (true)} sees every
 * batch committed before it started (it waits for the catch-ups requested until then); closing
 * waits for the index to hold the last commit; an index left behind (the process was killed
 * between the two commits) catches up when the store is next opened, for writing or for searching.
 */
final class LuceneSide implements SearchSide {

  /**
   * The least time between two catch-ups that nobody waits for: none, a catch-up after every batch.
   * A longer one commits the index less often (one commit every four batches of 100 cost two fifths
   * less of the index's CPU, docs/search.md, 2026-12-07), but a reader on another connection, which
   * cannot wait for this process's catch-ups (`serve` reads on its own while the API writes), then
   * searches an index that long behind: at 5 s the web API's tests found nothing just after ingesting.
   */
  static final Duration CATCH_UP_INTERVAL = Duration.ZERO;

  private final JdbcArticleStore articles;
  private LuceneIndex index; // opened by the first search or the writer; guarded by this
  private IndexFollower follower; // started with the writer; guarded by this
  private Connection followerDb; // the follower's own connection; guarded by this

  LuceneSide(JdbcArticleStore articles) {
    this.articles = articles;
  }

  /**
   * The index. Opening it in a process that does not write the store catches it up when it is
   * behind and no other process writes (which would catch it up itself); the writer's lock is taken
   * for that and released. Later calls return the same index. In the writing process, each search
   * first waits for the index to hold what was committed before it.
   */
  @Override
  public synchronized ArticleSearch search(boolean writing) {
    if (index == null) {
      LuceneIndex i = index();
      if (!writing && !i.inStepWith(indexSource(articles.connection()))) {
        try (WriterLock lock = WriterLock.take(articles.file())) {
          i.sync(indexSource(articles.connection()));
          i.releaseWriter();
        } catch (StoreBusyException busy) {
          // the writing process brings the index in step after its next batch
        } catch (UncheckedIOException e) {
          throw new StoreException(articles.file(), e.getMessage(), e);
        }
      }
    }
    IndexFollower f = follower;
    LuceneIndex i = index;
    return f == null ? i : query -> {
      f.await();
      return i.search(query);
    };
  }

  /** The search index, opened the first time. */
  private synchronized LuceneIndex index() {
    if (index == null) {
      Path file = articles.file();
      index = LuceneIndex.open(file.resolveSibling(file.getFileName() + ".index"));
    }
    return index;
  }

  /** Starts the index's follower, which brings the index in step with what the store holds first. */
  @Override
  public synchronized void writerOpened() {
    if (follower == null) {
      LuceneIndex i = index();
      Connection db = articles.openReader();
      try {
        db.setAutoCommit(false); // each catch-up reads one snapshot of the store
      } catch (SQLException e) {
        closeQuietly(db);
        throw new StoreException(articles.file(), "cannot open the search index's connection: " + e.getMessage(), e);
      }
      JdbcIndexSource source = indexSource(db);
      followerDb = db;
      follower = new IndexFollower("storyline-index", CATCH_UP_INTERVAL, () -> catchUp(i, source, db));
    }
    follower.request();
  }

  @Override
  public void committed() {
    IndexFollower f;
    synchronized (this) {
      f = follower;
    }
    f.request();
  }

  /** One catch-up of the index, on the follower's thread, in one read transaction of its connection. */
  private void catchUp(LuceneIndex i, JdbcIndexSource source, Connection db) {
    try {
      i.sync(source);
    } catch (UncheckedIOException e) {
      throw new StoreException(articles.file(), e.getMessage(), e);
    } finally {
      try {
        db.commit(); // ends the read transaction: the next catch-up sees the commits made since
      } catch (SQLException e) {
        throw new StoreException(articles.file(), "the search index's connection failed: " + e.getMessage(), e);
      }
    }
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

  private JdbcIndexSource indexSource(Connection db) {
    return new JdbcIndexSource(articles.location(), db);
  }

  /** Waits for the index to hold the store's last commit, then closes it. */
  @Override
  public synchronized void close() {
    try {
      if (follower != null) {
        follower.close();
      }
    } finally {
      try {
        if (index != null) {
          index.close();
        }
      } finally {
        closeQuietly(followerDb);
      }
    }
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // a reading connection: nothing of the store is lost with it
      }
    }
  }
}
