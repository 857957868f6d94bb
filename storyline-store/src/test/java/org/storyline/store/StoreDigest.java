package org.storyline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * What a store holds, table by table, as sorted rows of text, leaving out what may rightly differ
 * between two runs over the same articles (timestamps, row numbers, batch numbers): two stores with
 * equal digests hold the same articles, extractions, dates, stories, entities, claim groups and timelines.
 */
public final class StoreDigest {

  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("articles", "SELECT id, title, published, published_source, round(published_confidence, 6), text FROM articles");
    QUERIES.put("extractions", "SELECT article_id, version, payload FROM extractions");
    QUERIES.put("date_evidence", "SELECT article_id, seq, kind, text, peer_id, round(weight, 6) FROM date_evidence");
    QUERIES.put("stories", "SELECT id, headline, first_date, last_date, article_count, outlets FROM stories");
    QUERIES.put("story_articles", "SELECT article_id, story_id, sub_event, position FROM story_articles");
    QUERIES.put("sub_events", "SELECT story_id, number, first_date, last_date, article_count FROM sub_events");
    QUERIES.put("duplicates", "SELECT article_id, original_id, kind FROM duplicates");
    QUERIES.put("entities", "SELECT id, canonical_name, type, mention_count, article_count, story_count FROM entities");
    QUERIES.put("entity_names", "SELECT entity_id, name, stories FROM entity_names");
    QUERIES.put("entity_links", "SELECT entity_id, article_id, start, \"end\", story_id FROM entity_links");
    QUERIES.put("story_entities", "SELECT story_id, local_id, entity_id, name, aliases, mentions FROM story_entities");
    QUERIES.put("claim_groups", "SELECT story_id, number, thing, owner, modality, unit, disagreement, size FROM claim_groups");
    QUERIES.put("claim_members", "SELECT story_id, number, position, article_id, claim_index FROM claim_members");
    QUERIES.put("timeline_events", "SELECT story_id, number, first_day, last_day, precision, status, label, articles, payload FROM timeline_events");
    QUERIES.put("timeline_participants", "SELECT name, story_id, number FROM timeline_participants");
    QUERIES.put("story_summaries", "SELECT story_id, headline, sentences FROM story_summaries");
    QUERIES.put("sub_event_summaries", "SELECT story_id, number, headline, sentences FROM sub_event_summaries");
  }

  private StoreDigest() {}

  /** The digest of the SQLite store file {@code file}. */
  public static Map<String, List<String>> of(Path file) throws SQLException {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file)) {
      return of(c);
    }
  }

  /** The digest of the store at {@code location}: a PostgreSQL address, else a SQLite file. */
  public static Map<String, List<String>> of(String location) throws SQLException {
    if (!location.startsWith(Stores.POSTGRES_PREFIX)) {
      return of(Path.of(location));
    }
    try (Connection c = DriverManager.getConnection(location)) {
      return of(c);
    }
  }

  private static Map<String, List<String>> of(Connection c) throws SQLException {
    boolean postgres = Dialect.of(c) == Dialect.POSTGRES;
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      for (Map.Entry<String, String> q : QUERIES.entrySet()) {
        // PostgreSQL rounds numerics, not doubles
        String sql = postgres ? q.getValue().replaceAll("round\\((\\w+), 6\\)", "round($1::numeric, 6)") : q.getValue();
        out.put(q.getKey(), sortedRows(st, sql));
      }
    }
    return out;
  }

  /** The rows {@code sql} gives, each as its columns' text joined by " | ", sorted. */
  static List<String> sortedRows(Statement st, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i == 1 ? "" : " | ").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }
}
