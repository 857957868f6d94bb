package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Span;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.Evidence;

/**
 * Inferred publication dates in the store: the article's date columns take the estimate, marked
 * {@code INFERRED} with its confidence, and {@code date_evidence} keeps why. A date the input gave
 * is never replaced; a newer inference replaces an older one, evidence and all, in one
 * transaction.
 */
public final class DateStore {

  private final JdbcArticleStore store;

  private DateStore(JdbcArticleStore store) {
    this.store = store;
  }

  /** The date tables of an open store. */
  public static DateStore of(JdbcArticleStore store) {
    return new DateStore(Objects.requireNonNull(store, "store"));
  }

  /**
   * Records an inferred date for a stored article. Returns false, and changes nothing, when the
   * article is not stored or has a date its input gave.
   */
  public boolean recordInferred(ArticleId id, DateEstimate estimate) {
    Connection db = store.connection();
    try {
      return Sql.inTransaction(db, () -> writeInferred(db, id, estimate));
    } catch (SQLException e) {
      throw new StoreException(file(), "could not record the inferred date of article " + id + ": " + e.getMessage(), e);
    }
  }

  /** As {@link #recordInferred}, inside the caller's transaction. */
  static boolean writeInferred(Connection db, ArticleId id, DateEstimate estimate) throws SQLException {
    try (PreparedStatement update = db.prepareStatement("""
        UPDATE articles SET published = ?, published_source = ?, published_confidence = ?
        WHERE id = ? AND (published IS NULL OR published_source = ?)""")) {
      update.setString(1, estimate.date().toString());
      update.setString(2, DateSource.INFERRED.name());
      update.setDouble(3, estimate.confidence());
      update.setString(4, id.value());
      update.setString(5, DateSource.INFERRED.name());
      if (update.executeUpdate() == 0) {
        return false;
      }
    }
    try (PreparedStatement clear = db.prepareStatement("DELETE FROM date_evidence WHERE article_id = ?")) {
      clear.setString(1, id.value());
      clear.executeUpdate();
    }
    insertEvidence(db, id, estimate.evidence());
    return true;
  }

  /** The evidence of an article's inferred date, in the order it was given; empty when none. */
  public List<Evidence> evidence(ArticleId id) {
    List<Evidence> out = new ArrayList<>();
    try (PreparedStatement st = store.connection().prepareStatement("""
        SELECT kind, text_start, text_end, text, peer_id, peer_start, peer_end, peer_text, peer_date, weight, explanation
        FROM date_evidence WHERE article_id = ? ORDER BY seq""")) {
      st.setString(1, id.value());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(evidence(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file(), "could not read the date evidence of article " + id + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static void insertEvidence(Connection db, ArticleId id, List<Evidence> evidence) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("""
        INSERT INTO date_evidence (article_id, seq, kind, text_start, text_end, text, peer_id, peer_start, peer_end,
                                   peer_text, peer_date, weight, explanation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        st.setString(1, id.value());
        st.setInt(2, i);
        st.setString(3, e.kind().name());
        setSpan(st, 4, e.span());
        st.setString(6, e.text());
        if (e.peer() == null) {
          st.setNull(7, Types.VARCHAR);
          st.setNull(8, Types.INTEGER);
          st.setNull(9, Types.INTEGER);
          st.setNull(10, Types.VARCHAR);
          st.setNull(11, Types.VARCHAR);
        } else {
          st.setString(7, e.peer().article().value());
          setSpan(st, 8, e.peer().span());
          st.setString(10, e.peer().text());
          st.setString(11, e.peer().date().toString());
        }
        st.setDouble(12, e.weight());
        st.setString(13, e.explanation());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void setSpan(PreparedStatement st, int at, Span span) throws SQLException {
    if (span == null) {
      st.setNull(at, Types.INTEGER);
      st.setNull(at + 1, Types.INTEGER);
    } else {
      st.setInt(at, span.start());
      st.setInt(at + 1, span.end());
    }
  }

  private static Evidence evidence(ResultSet rs) throws SQLException {
    Span span = span(rs, 2);
    Evidence.PeerMention peer = rs.getString(5) == null ? null
        : new Evidence.PeerMention(new ArticleId(rs.getString(5)), span(rs, 6), rs.getString(8), LocalDate.parse(rs.getString(9)));
    return new Evidence(Evidence.Kind.valueOf(rs.getString(1)), span, rs.getString(4), peer, rs.getDouble(10), rs.getString(11));
  }

  private static Span span(ResultSet rs, int at) throws SQLException {
    int start = rs.getInt(at);
    if (rs.wasNull()) {
      return null;
    }
    return Span.of(start, rs.getInt(at + 1));
  }

  private String file() {
    return store.location();
  }
}
