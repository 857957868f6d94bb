package org.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.storyline.engine.BatchUpdate;
import org.storyline.search.ArticleSearch;

/**
 * How a store's full-text search follows what the store commits: a Lucene index beside a SQLite
 * file ({@link LuceneSide}) catches up after each transaction from an outbox written in it; a
 * PostgreSQL store's search ({@link PostgresSearch}) reads columns the database keeps in the same
 * transaction, so it has nothing to follow.
 *
 * <p>Contract: {@link #logIn} and {@link #logAllIn} run inside the writer's transaction, {@link
 * #committed} after it, all on the writing thread; {@link #search} from any thread.
 */
interface SearchSide extends AutoCloseable {

  /** The search; {@code writing} when this process holds the store's writer. */
  ArticleSearch search(boolean writing);

  /** The writer was taken: bring the search in step with what the store holds. */
  void writerOpened();

  /** Records, inside the batch's transaction, what the batch may have changed for search. */
  void logIn(Connection db, BatchUpdate u) throws SQLException;

  /** Records, inside the caller's transaction, that every article is to be searched anew. */
  void logAllIn(Connection db) throws SQLException;

  /** The writer committed a transaction. */
  void committed();

  @Override
  void close();
}
