package org.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Transactions by hand, so that none is left open between calls (the driver's would be). */
final class Sql {

  /** Work done inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Sql() {}

  /**
   * Runs {@code work} in a write transaction and commits it; on any throwable rolls back and
   * rethrows it. On SQLite the transaction is {@code BEGIN IMMEDIATE}, so it waits for other writers
   * up to the busy timeout up front instead of failing half-way; on PostgreSQL it is the driver's
   * (rows are locked as they are written, and readers never wait).
   */
  static <T> T inTransaction(Connection db, Work<T> work) throws SQLException {
    boolean postgres = Dialect.of(db) == Dialect.POSTGRES;
    if (postgres) {
      db.setAutoCommit(false);
    } else {
      exec(db, "BEGIN IMMEDIATE");
    }
    T result;
    try {
      result = work.run();
      if (postgres) {
        db.commit();
      } else {
        exec(db, "COMMIT");
      }
    } catch (SQLException | RuntimeException | Error e) {
      rollback(db, postgres, e);
      throw e;
    } finally {
      if (postgres && !db.isClosed()) {
        db.setAutoCommit(true);
      }
    }
    return result;
  }

  static void exec(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute(sql);
    }
  }

  private static void rollback(Connection db, boolean postgres, Throwable failure) {
    try {
      if (db.isClosed()) {
        return;
      }
      if (postgres) {
        db.rollback();
      } else {
        exec(db, "ROLLBACK");
      }
    } catch (SQLException e) {
      // SQLite rolls back by itself after some errors (disk full, I/O); keep what happened
      failure.addSuppressed(e);
    }
  }

  /** The first column of the first row of a query without parameters (0 when there is none). */
  static long queryLong(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** A statement with its parameters bound in order; the caller closes it. */
  static java.sql.PreparedStatement prepare(Connection db, String sql, Object... params) throws SQLException {
    java.sql.PreparedStatement st = db.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      st.setObject(i + 1, params[i]);
    }
    return st;
  }

  /** {@code n} parameter marks for an {@code IN (...)} list: "?,?,?". */
  static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  /** The values of ids, as parameters. */
  static Object[] values(List<org.storyline.model.ArticleId> ids) {
    return ids.stream().map(org.storyline.model.ArticleId::value).toArray();
  }
}
