package org.storyline.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.extract.Extraction;
import org.storyline.extract.ExtractionCodec;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Quote;

/** The {@code extractions} table: each article's extraction as JSON, with the version that made it. */
final class ExtractionTables {

  /** How many extractions make decoding them on every core worth its start. */
  private static final int PARALLEL_FROM = 64;

  private final String location;
  private final Connection db;
  private final JdbcArticleStore articles;

  ExtractionTables(String location, JdbcArticleStore articles) {
    this.location = location;
    this.db = articles.connection();
    this.articles = articles;
  }

  /** Writes (or replaces) extractions inside the caller's transaction. */
  void put(List<Extraction> extractions, String version) throws SQLException {
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    try (PreparedStatement st = db.prepareStatement(
        """
        INSERT INTO extractions (article_id, version, payload, extracted_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, payload = excluded.payload,
          extracted_at = excluded.extracted_at""")) {
      // encoded on every core first: the writer's thread is the engine's, which the next batch waits for
      List<String> payloads = (extractions.size() > 1 ? extractions.parallelStream() : extractions.stream())
          .map(x -> new String(ExtractionCodec.encode(x), StandardCharsets.UTF_8)).toList();
      for (int i = 0; i < extractions.size(); i++) {
        Extraction x = extractions.get(i);
        st.setString(1, x.article().id().value());
        st.setString(2, version);
        st.setString(3, payloads.get(i));
        st.setString(4, now);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** The stored extractions of these articles (the articles as stored, an inferred date included), a few hundred to a query. */
  Map<ArticleId, Extraction> get(Collection<ArticleId> ids) {
    return get(ids, "payload");
  }

  /**
   * The same without their event mentions, which are more than half of a payload: SQLite drops
   * them from the JSON (in C, a fraction of what decoding them costs), which then reads as an
   * extraction stored before events were extracted. SQLite only.
   */
  Map<ArticleId, Extraction> getWithoutEvents(Collection<ArticleId> ids) {
    return get(ids, "json_remove(payload, '$.events')");
  }

  /**
   * The extractions of these articles, {@code payload} the SQL expression that reads each one's
   * JSON: read on this thread (the connection is not shared), decoded on every core when they are
   * many (the JSON costs several times what reading it does).
   */
  private Map<ArticleId, Extraction> get(Collection<ArticleId> ids, String payload) {
    List<Stored> stored = new ArrayList<>();
    List<ArticleId> all = List.copyOf(ids);
    try {
      for (int from = 0; from < all.size(); from += 500) {
        List<ArticleId> part = all.subList(from, Math.min(all.size(), from + 500));
        Map<ArticleId, String> payloads = payloads(part, payload);
        Map<ArticleId, Article> found = articles.getAll(payloads.keySet());
        for (ArticleId id : part) {
          Article a = found.get(id);
          if (a != null && payloads.containsKey(id)) {
            stored.add(new Stored(a, payloads.get(id)));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read extractions: " + e.getMessage(), e);
    }
    List<Extraction> decoded = (stored.size() >= PARALLEL_FROM ? stored.parallelStream() : stored.stream())
        .map(x -> decode(x.article(), x.payload())).toList();
    Map<ArticleId, Extraction> out = new LinkedHashMap<>();
    decoded.forEach(x -> out.put(x.article().id(), x));
    return out;
  }

  /** An article and its extraction's JSON, as read. */
  private record Stored(Article article, String payload) {}

  /** The quotes of the stored extractions of these articles, the rest of each left unread, a few hundred to a query. */
  Map<ArticleId, List<Quote>> quotes(Collection<ArticleId> ids) {
    Map<ArticleId, List<Quote>> out = new LinkedHashMap<>();
    List<ArticleId> all = List.copyOf(ids);
    try {
      for (int from = 0; from < all.size(); from += 500) {
        List<ArticleId> part = all.subList(from, Math.min(all.size(), from + 500));
        Map<ArticleId, String> payloads = payloads(part, "payload");
        for (ArticleId id : part) {
          String payload = payloads.get(id);
          if (payload != null) {
            out.put(id, quotes(id, payload));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot read quotes: " + e.getMessage(), e);
    }
  }

  /** Each article's {@code payload} (an SQL expression over its stored JSON), by id; a query prepared once per size. */
  private Map<ArticleId, String> payloads(List<ArticleId> ids, String payload) throws SQLException {
    return articles.queries().query(
        "SELECT article_id, " + payload + " FROM extractions WHERE article_id IN (" + Sql.marks(ids.size()) + ")",
        rs -> {
          Map<ArticleId, String> out = new LinkedHashMap<>();
          while (rs.next()) {
            out.put(new ArticleId(rs.getString(1)), rs.getString(2));
          }
          return out;
        }, Sql.values(ids));
  }

  private List<Quote> quotes(ArticleId id, String payload) {
    try {
      return ExtractionCodec.decodeQuotes(payload.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw unreadable(id, e);
    }
  }

  private Extraction decode(Article a, String payload) {
    try {
      return ExtractionCodec.decode(a, payload.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw unreadable(a.id(), e);
    }
  }

  private StoreException unreadable(ArticleId id, IllegalArgumentException e) {
    return new StoreException(location, "the stored extraction of article " + id + " cannot be read (" + e.getMessage()
        + "); run 'storyline reanalyze'", e);
  }

  /** How many stored articles have no extraction of this version. */
  long outdatedCount(String version) {
    try (PreparedStatement st = db.prepareStatement("""
        SELECT count(*) FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
        WHERE x.version IS NULL OR x.version <> ?""")) {
      st.setString(1, version);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new StoreException(location, "cannot count outdated extractions: " + e.getMessage(), e);
    }
  }

  /** Up to {@code limit} articles with no extraction of this version, in arrival order. */
  List<ArticleId> outdated(String version, int limit) {
    List<ArticleId> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement("""
        SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
        WHERE x.version IS NULL OR x.version <> ? ORDER BY a.arrival LIMIT ?""")) {
      st.setString(1, version);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new ArticleId(rs.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot list outdated extractions: " + e.getMessage(), e);
    }
  }
}
