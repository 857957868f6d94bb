package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;

/**
 * The outbox of the search index ({@link SearchTables}): inside a batch's transaction, the articles
 * the batch may have changed for the index are logged under a new change number, so that an index
 * the process could not commit after the store catches up when the store is opened again.
 */
final class SearchLog {

  private SearchLog() {}

  /**
   * Logs, under the next change number, these articles and every article of these stories (as
   * they are once the caller's transaction has written them). Call inside the transaction.
   */
  static void log(Connection db, Collection<ArticleId> articles, Collection<StoryId> stories) throws SQLException {
    long change = next(db);
    try (PreparedStatement one = db.prepareStatement(
            "INSERT INTO search_changes (change, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        PreparedStatement story = db.prepareStatement(
            "INSERT INTO search_changes (change, article_id) SELECT ?, article_id FROM story_articles WHERE story_id = ? ON CONFLICT DO NOTHING")) {
      for (ArticleId a : articles) {
        one.setLong(1, change);
        one.setString(2, a.value());
        one.addBatch();
      }
      one.executeBatch();
      for (StoryId s : stories) {
        story.setLong(1, change);
        story.setString(2, s.value());
        story.addBatch();
      }
      story.executeBatch();
    }
  }

  /** Logs every stored article (their stories and entities are about to be made again). */
  static void logAll(Connection db) throws SQLException {
    long change = next(db);
    try (PreparedStatement st = db.prepareStatement("INSERT INTO search_changes (change, article_id) SELECT ?, id FROM articles")) {
      st.setLong(1, change);
      st.executeUpdate();
    }
  }

  /** Forgets the changes an index holds (up to {@code change}), inside the caller's transaction. */
  static void forget(Connection db, long change) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("DELETE FROM search_changes WHERE change <= ?");
        PreparedStatement mark = db.prepareStatement("UPDATE search_sync SET forgotten = CASE WHEN forgotten > ? THEN forgotten ELSE ? END")) {
      st.setLong(1, change);
      st.executeUpdate();
      mark.setLong(1, change);
      mark.setLong(2, change);
      mark.executeUpdate();
    }
  }

  private static long next(Connection db) throws SQLException {
    Sql.exec(db, "UPDATE search_sync SET change = change + 1");
    return Sql.queryLong(db, "SELECT change FROM search_sync");
  }
}
