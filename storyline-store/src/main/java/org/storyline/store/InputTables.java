package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.storyline.ingest.FileRead;
import org.storyline.model.ArticleId;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.pipeline.InputRecord;

/**
 * Schema version 10: {@code input_files}, what a run made of each file it read to its end (its
 * size and SHA-256, where a JSON Lines reading stopped, the articles its documents became and the
 * problems met), written in the transaction of the file's last articles, so that the same bytes
 * given again are recognised by one hash pass and not parsed again; {@code store_generation},
 * counting the commits that changed what a view shows, for {@link
 * org.storyline.engine.StoreReader#revision()}.
 */
final class InputTables {

  static final String DESCRIPTION = "input files: what each file read to its end gave, to recognise its bytes again";

  static final List<String> STATEMENTS = List.of("""
      CREATE TABLE input_files (
        path        TEXT NOT NULL,     -- as given, as its articles' origins name it
        absolute    TEXT NOT NULL,     -- its absolute, normalised path
        settings    TEXT NOT NULL,     -- the reading's settings (IngestOptions.key); another reading is not this one
        size        INTEGER NOT NULL,  -- the bytes read (raw, before decompression)
        sha256      TEXT NOT NULL,     -- of those bytes
        lines       INTEGER NOT NULL,  -- JSON Lines lines read; an appended line is numbered on from here
        ends_line   INTEGER NOT NULL CHECK (ends_line IN (0, 1)),  -- the last byte is a line end
        any_text    INTEGER NOT NULL CHECK (any_text IN (0, 1)),   -- some line held text
        modified    TEXT NOT NULL,     -- ISO instant, the file's modification time: shown, never trusted
        articles    TEXT NOT NULL,     -- the article of each document, in reading order, ids apart by spaces
        problems    TEXT NOT NULL,     -- JSON: [{"file","record","severity","reason"}], in order
        read_at     TEXT NOT NULL,     -- ISO instant, UTC
        PRIMARY KEY (path, absolute)
      ) WITHOUT ROWID""",
      "CREATE TABLE store_generation (generation INTEGER NOT NULL)",  // one row
      "INSERT INTO store_generation (generation) VALUES (0)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection db;

  InputTables(Connection db) {
    this.db = db;
  }

  /** The record of the file of {@code key}, if one was made with the same settings. */
  Optional<InputRecord> get(InputRecord.Key key) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("""
        SELECT size, sha256, lines, ends_line, any_text, modified, articles, problems FROM input_files
        WHERE path = ? AND absolute = ? AND settings = ?""")) {
      st.setString(1, key.path());
      st.setString(2, key.absolute());
      st.setString(3, key.settings());
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        FileRead read = new FileRead(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4) == 1, rs.getInt(5) == 1);
        return Optional.of(new InputRecord(key, read, Instant.parse(rs.getString(6)), articles(rs.getString(7)),
            problems(rs.getString(8))));
      }
    }
  }

  /** Keeps these records, each replacing the file's previous one, inside the caller's transaction. */
  void put(List<InputRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    try (PreparedStatement st = db.prepareStatement("""
        INSERT INTO input_files (path, absolute, settings, size, sha256, lines, ends_line, any_text, modified, articles,
          problems, read_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (path, absolute) DO UPDATE SET settings = excluded.settings, size = excluded.size,
          sha256 = excluded.sha256, lines = excluded.lines, ends_line = excluded.ends_line, any_text = excluded.any_text,
          modified = excluded.modified, articles = excluded.articles, problems = excluded.problems, read_at = excluded.read_at""")) {
      for (InputRecord r : records) {
        st.setString(1, r.key().path());
        st.setString(2, r.key().absolute());
        st.setString(3, r.key().settings());
        st.setLong(4, r.read().size());
        st.setString(5, r.read().sha256());
        st.setLong(6, r.read().lines());
        st.setInt(7, r.read().endsAtLineEnd() ? 1 : 0);
        st.setInt(8, r.read().anyText() ? 1 : 0);
        st.setString(9, r.modified().toString());
        st.setString(10, String.join(" ", r.articles().stream().map(ArticleId::value).toList()));
        st.setString(11, encode(r.problems()));
        st.setString(12, now);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** {@code STORE_ID/GENERATION}: the store's random id (made by version 7) and its generation. */
  static String revision(Connection db) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("SELECT s.store_id, g.generation FROM search_sync s, store_generation g");
        ResultSet rs = st.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("search_sync or store_generation has no row");
      }
      return rs.getString(1) + "/" + rs.getLong(2);
    }
  }

  /** Counts one more change to what the views show, inside the caller's transaction. */
  static void nextGeneration(Connection db) throws SQLException {
    Sql.exec(db, "UPDATE store_generation SET generation = generation + 1");
  }

  private static List<ArticleId> articles(String ids) {
    return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(" ")).map(ArticleId::new).toList();
  }

  private static String encode(List<Problem> problems) {
    ArrayNode out = JSON.createArrayNode();
    for (Problem p : problems) {
      ObjectNode n = out.addObject();
      n.put("file", JdbcArticleStore.replaceUnpaired(p.origin().file()));
      n.put("record", p.origin().record());
      n.put("severity", p.severity().name());
      n.put("reason", JdbcArticleStore.replaceUnpaired(p.reason()));
    }
    return out.toString();
  }

  private static List<Problem> problems(String json) {
    try {
      List<Problem> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(json)) {
        out.add(new Problem(new Origin(n.get("file").asText(), n.get("record").asLong()),
            Problem.Severity.valueOf(n.get("severity").asText()), n.get("reason").asText()));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("an input record's problems are JSON written by Storyline: " + e.getMessage(), e);
    }
  }
}
