package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The queries of one connection, each prepared the first time it is run and kept for the next
 * runs. SQLite compiles a statement in 50 to 200 µs (a story's row joined with its articles'
 * origins, say), more than reading the rows; a story page runs a dozen queries, so preparing them
 * anew was most of a page's store time. PostgreSQL's driver keeps its server-side statements
 * by text already; the cache costs it nothing.
 *
 * <p>Each {@link #query} binds every parameter again and reads its rows to the end of {@code
 * rows}, and the result set is closed before it returns: SQLite then resets the statement, which
 * so holds no read snapshot between calls and sees every later commit. At most {@link #CAPACITY}
 * statements are kept, the least recently run closed first (an {@code IN (?,?,..)} list makes one
 * statement per length).
 *
 * <p>Not thread-safe, as the store that owns the connection is not; closed with it.
 */
final class PreparedQueries implements AutoCloseable {

  static final int CAPACITY = 64;

  /** What a query's rows are read into. */
  @FunctionalInterface
  interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final Connection db;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(CAPACITY, 0.75f, true);

  PreparedQueries(Connection db) {
    this.db = db;
  }

  /** Runs {@code sql} with {@code params} bound in order and reads its rows with {@code rows}. */
  <T> T query(String sql, Rows<T> rows, Object... params) throws SQLException {
    PreparedStatement st = statement(sql);
    for (int i = 0; i < params.length; i++) {
      st.setObject(i + 1, params[i]);
    }
    try (ResultSet rs = st.executeQuery()) {
      return rows.read(rs);
    }
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement st = statements.get(sql);
    if (st == null) {
      st = db.prepareStatement(sql);
      statements.put(sql, st);
      if (statements.size() > CAPACITY) {
        closeEldest();
      }
    }
    return st;
  }

  private void closeEldest() throws SQLException {
    var eldest = statements.entrySet().iterator();
    PreparedStatement st = eldest.next().getValue();
    eldest.remove();
    st.close();
  }

  /** The number of statements kept, for tests. */
  int size() {
    return statements.size();
  }

  /** Closes every statement kept; the cache is empty afterwards and may be used again. */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement st : statements.values()) {
      try {
        st.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    statements.clear();
    if (first != null) {
      throw first;
    }
  }
}
