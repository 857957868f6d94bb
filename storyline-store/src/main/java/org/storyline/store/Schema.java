package org.storyline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The store's tables and how a store gets them: an ordered list of migrations, the store's version
 * saying how many have been applied (a SQLite file's {@code PRAGMA user_version}; in PostgreSQL the
 * one row of the table {@code storyline_schema}). Each migration runs in its own transaction,
 * together with the version bump, so a store is always at one version or the next.
 *
 * <p>One list serves both databases: the statements are SQLite's, and {@link Dialect#translate}
 * rewrites the few SQLite-isms for PostgreSQL (types, row ids, {@code WITHOUT ROWID}). A migration
 * may add statements for PostgreSQL only, run after the shared ones: version 7 gives PostgreSQL its
 * full-text search columns and index ({@link SearchTables#POSTGRES_STATEMENTS}), where SQLite has a
 * Lucene index beside the file.
 *
 * <p>To change the schema, append a migration; never edit one that has shipped.
 */
final class Schema {

  /** {@code PRAGMA application_id} of every Storyline store: "STLN" in ASCII. */
  static final int APPLICATION_ID = 0x53544C4E;

  /**
   * A step from version {@code version - 1} to {@code version}: {@code statements} in SQLite's SQL
   * for both databases, then {@code postgresOnly} for PostgreSQL alone.
   */
  record Migration(int version, String description, List<String> statements, List<String> postgresOnly) {
    Migration {
      statements = List.copyOf(statements);
      postgresOnly = List.copyOf(postgresOnly);
    }

    Migration(int version, String description, List<String> statements) {
      this(version, description, statements, List.of());
    }
  }

  static final List<Migration> MIGRATIONS = List.of(
      new Migration(1, "articles, their origins and removals, input problems", List.of(
          """
          CREATE TABLE articles (
            id                   TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 16),
            title                TEXT,
            published            TEXT,  -- ISO date, YYYY-MM-DD; NULL when undated
            published_source     TEXT,  -- DateSource: DATE_LINE, METADATA, INFERRED
            published_confidence REAL,
            outlet               TEXT,
            url                  TEXT,
            format               TEXT NOT NULL,  -- SourceFormat: TEXT, JSONL, HTML
            text                 TEXT NOT NULL,  -- the cleaned text every span indexes
            source               TEXT NOT NULL,  -- the input as read
            layout               TEXT NOT NULL,  -- JSON: {"headline":[s,e]|null,"dateline":..,"byline":..,"paragraphs":[[s,e],..]}
            source_map           TEXT NOT NULL,  -- JSON: [[derivedStart,sourceStart,length],..]
            derived_length       INTEGER NOT NULL,  -- UTF-16 chars of text
            source_length        INTEGER NOT NULL,  -- UTF-16 chars of source
            word_count           INTEGER NOT NULL,
            stored_at            TEXT NOT NULL,  -- ISO instant, UTC
            CHECK ((published IS NULL) = (published_source IS NULL)),
            CHECK ((published IS NULL) = (published_confidence IS NULL))
          )""",
          "CREATE INDEX articles_by_published ON articles (published, id)",
          """
          CREATE TABLE article_origins (
            id         INTEGER PRIMARY KEY,  -- insertion order: the first row is the article's origin
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            file       TEXT NOT NULL,
            record     INTEGER NOT NULL CHECK (record >= 0),  -- 1-based record of the file; 0 = whole file
            first_seen TEXT NOT NULL,  -- ISO instant, UTC
            UNIQUE (article_id, file, record)
          )""",
          "CREATE INDEX article_origins_by_file ON article_origins (file, record)",
          """
          CREATE TABLE removals (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq        INTEGER NOT NULL,  -- position in the article's list, source order
            src_start  INTEGER NOT NULL,
            src_end    INTEGER NOT NULL,
            reason     TEXT NOT NULL,  -- RemovalReason
            PRIMARY KEY (article_id, seq),
            CHECK (0 <= src_start AND src_start <= src_end)
          ) WITHOUT ROWID""",
          """
          CREATE TABLE problems (
            id       INTEGER PRIMARY KEY,
            file     TEXT NOT NULL,
            record   INTEGER NOT NULL CHECK (record >= 0),
            severity TEXT NOT NULL CHECK (severity IN ('WARNING', 'ERROR')),
            reason   TEXT NOT NULL,
            at       TEXT NOT NULL  -- ISO instant, UTC
          )""",
          "CREATE INDEX problems_by_file ON problems (file, record)")),
      new Migration(2, EntityTables.DESCRIPTION, EntityTables.STATEMENTS),
      new Migration(3, DateTables.DESCRIPTION, DateTables.STATEMENTS),
      new Migration(4, "stories, sub-events, memberships, duplicate links, cluster decisions and merges", List.of(
          """
          CREATE TABLE stories (
            id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 16),  -- the id of the article that started it
            seq           INTEGER NOT NULL,  -- the order stories were started in
            headline      TEXT NOT NULL,
            first_date    TEXT,  -- ISO date of its earliest article; NULL when all are undated
            last_date     TEXT,
            article_count INTEGER NOT NULL CHECK (article_count > 0),
            outlets       TEXT NOT NULL  -- JSON array of outlets or web hosts, first seen first
          )""",
          """
          CREATE TABLE sub_events (
            story_id      TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            number        INTEGER NOT NULL CHECK (number > 0),
            first_date    TEXT,
            last_date     TEXT,
            article_count INTEGER NOT NULL CHECK (article_count > 0),
            PRIMARY KEY (story_id, number)
          ) WITHOUT ROWID""",
          """
          CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            sub_event  INTEGER NOT NULL,  -- number in sub_events of the story
            position   INTEGER NOT NULL   -- order of joining the story
          )""",
          "CREATE INDEX story_articles_by_story ON story_articles (story_id, position)",
          """
          CREATE TABLE duplicates (
            article_id  TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            kind        TEXT NOT NULL CHECK (kind IN ('EXACT', 'NEAR')),
            similarity  REAL NOT NULL  -- estimated Jaccard similarity of word shingles
          )""",
          """
          CREATE TABLE cluster_decisions (
            seq        INTEGER PRIMARY KEY,  -- order the clusterer saw the articles in
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            story_id   TEXT NOT NULL,  -- the story joined or started (a later merge may have moved it)
            sub_event  INTEGER NOT NULL,
            kind       TEXT NOT NULL CHECK (kind IN ('JOINED', 'STARTED', 'DUPLICATE', 'ALONE')),
            score      REAL NOT NULL,
            threshold  REAL NOT NULL,
            best_story TEXT,  -- the best candidate compared
            candidates INTEGER NOT NULL,
            features   TEXT NOT NULL,  -- JSON: [{"name":"text","value":0.41,"weight":1.0},..]; value null = could not tell
            note       TEXT NOT NULL
          )""",
          "CREATE INDEX cluster_decisions_by_article ON cluster_decisions (article_id)",
          """
          CREATE TABLE story_merges (
            id         INTEGER PRIMARY KEY,
            at_seq     INTEGER NOT NULL,  -- articles seen when merged
            from_story TEXT NOT NULL,
            into_story TEXT NOT NULL,
            score      REAL NOT NULL,
            features   TEXT NOT NULL,
            reason     TEXT NOT NULL
          )""",
          "CREATE INDEX story_merges_by_into ON story_merges (into_story)")),
      new Migration(5, EngineTables.DESCRIPTION, EngineTables.STATEMENTS),
      new Migration(6, SummaryTables.DESCRIPTION, SummaryTables.STATEMENTS),
      new Migration(7, SearchTables.DESCRIPTION, SearchTables.STATEMENTS, SearchTables.POSTGRES_STATEMENTS),
      new Migration(8, TimelineTables.DESCRIPTION, TimelineTables.STATEMENTS),
      new Migration(9, SummaryTables.SUB_EVENT_DESCRIPTION, SummaryTables.SUB_EVENT_STATEMENTS),
      new Migration(10, InputTables.DESCRIPTION, InputTables.STATEMENTS),
      new Migration(11, ClaimTables.SUMMARY_DESCRIPTION, ClaimTables.SUMMARY_STATEMENTS));

  /** The version a file has once every migration ran. */
  static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

  private Schema() {}

  /**
   * Checks that {@code db} is a Storyline store (or an empty file) this code can read, switches it
   * to write-ahead logging and brings it to {@link #LATEST}. Nothing is written to a file that
   * fails the check.
   */
  static void prepare(Connection db, Path file) throws SQLException {
    checkIdentity(db, file);
    try (Statement st = db.createStatement()) {
      String mode = switchToWal(st);
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException(file, "cannot switch to write-ahead logging (journal_mode is " + mode
            + "); is the file on a network or read-only file system, or held open by another program?");
      }
      st.execute("PRAGMA synchronous = FULL");
    }
    migrate(db, file);
  }

  /**
   * Switches a file to write-ahead logging, which needs a moment when nobody else reads it: a
   * reader (the sqlite3 shell, a second Storyline) makes SQLite keep the old mode, so try again
   * for up to the busy timeout before giving up. Returns the mode the file ends in.
   */
  private static String switchToWal(Statement st) throws SQLException {
    long deadline = System.nanoTime() + JdbcArticleStore.BUSY_TIMEOUT_MS * 1_000_000L;
    String mode;
    do {
      try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
        mode = rs.next() ? rs.getString(1) : "?";
      } catch (SQLiteException e) {
        if (e.getResultCode() != SQLiteErrorCode.SQLITE_BUSY) {
          throw e;
        }
        mode = "busy";
      }
      if ("wal".equalsIgnoreCase(mode)) {
        return mode;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return mode;
      }
    } while (System.nanoTime() < deadline);
    return mode;
  }

  /** The version of the store, 0 for a new one. */
  static int version(Connection db) throws SQLException {
    if (Dialect.of(db) == Dialect.POSTGRES) {
      return hasVersionTable(db) ? (int) Sql.queryLong(db, "SELECT version FROM storyline_schema") : 0;
    }
    return intPragma(db, "user_version");
  }

  /**
   * Checks that the database {@code db} is a Storyline store (or empty) this code can read and
   * brings it to {@link #LATEST}. Nothing is written to a database that fails the check. Two
   * processes opening a new database at once take turns (an advisory lock held by each migration's
   * transaction), so each migration runs once.
   */
  static void preparePostgres(Connection db, String location) throws SQLException {
    // one statement, so one snapshot: asked apart, another process's first migration may commit in
    // between, and its tables would be counted without its version table having been seen
    long tables = Sql.queryLong(db, "SELECT CASE WHEN bool_or(table_name = 'storyline_schema') THEN -1 ELSE count(*) END"
        + " FROM information_schema.tables WHERE table_schema = current_schema()");
    boolean ours = tables < 0;
    if (!ours) {
      if (tables > 0) {
        throw new StoreException(location, "the database holds " + tables + " tables but is not a Storyline store"
            + " (no table storyline_schema); Storyline will not write into it: give it a database of its own");
      }
    }
    int version = version(db);
    if (version > LATEST) {
      throw new StoreException(location, "store schema version " + version + " is newer than this Storyline (knows up to "
          + LATEST + "); upgrade Storyline");
    }
    while (version < LATEST) {
      version = Sql.inTransaction(db, () -> {
        Sql.exec(db, "SELECT pg_advisory_xact_lock(" + (APPLICATION_ID + 1L) + ")"); // one migrating process at a time
        Sql.exec(db, "CREATE TABLE IF NOT EXISTS storyline_schema (version INTEGER NOT NULL)");
        if (Sql.queryLong(db, "SELECT count(*) FROM storyline_schema") == 0) {
          Sql.exec(db, "INSERT INTO storyline_schema (version) VALUES (0)");
        }
        int current = version(db); // another process may have migrated meanwhile
        if (current < LATEST) {
          apply(db, location, MIGRATIONS.get(current), current, Dialect.POSTGRES);
        }
        return current + 1;
      });
    }
  }

  private static boolean hasVersionTable(Connection db) throws SQLException {
    return Sql.queryLong(db, "SELECT count(*) FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_name = 'storyline_schema'") > 0;
  }

  private static void checkIdentity(Connection db, Path file) throws SQLException {
    int applicationId;
    int version;
    List<String> objects;
    try {
      applicationId = intPragma(db, "application_id");
      version = version(db);
      objects = tables(db);
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
        throw new StoreException(file, "not a SQLite database, so not a Storyline store;"
            + " give the path of a store, or of a file that does not exist yet to create one", e);
      }
      throw e;
    }
    boolean fresh = applicationId == 0 && version == 0 && objects.isEmpty();
    if (applicationId != APPLICATION_ID && !fresh) {
      throw new StoreException(file, "a SQLite database but not a Storyline store (application_id " + applicationId
          + ", user_version " + version + ", tables " + objects + "); Storyline will not write into it");
    }
    if (version > LATEST) {
      throw new StoreException(file, "store schema version " + version + " is newer than this Storyline (knows up to "
          + LATEST + "); upgrade Storyline");
    }
  }

  private static void migrate(Connection db, Path file) throws SQLException {
    if (version(db) == LATEST) {
      return; // no write transaction: a reader opening the store must not wait for a writer
    }
    int version;
    do {
      // read inside the write transaction: another process may have migrated meanwhile
      version = Sql.inTransaction(db, () -> {
        int current = version(db);
        if (current < LATEST) {
          apply(db, file.toString(), MIGRATIONS.get(current), current, Dialect.SQLITE);
        }
        return current + 1;
      });
    } while (version < LATEST);
  }

  private static void apply(Connection db, String location, Migration migration, int from, Dialect dialect)
      throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String sql : migration.statements()) {
        st.execute(dialect.translate(sql));
      }
      if (dialect == Dialect.POSTGRES) {
        for (String sql : migration.postgresOnly()) {
          st.execute(sql);
        }
        st.execute("UPDATE storyline_schema SET version = " + migration.version());
      } else {
        st.execute("PRAGMA application_id = " + APPLICATION_ID);
        st.execute("PRAGMA user_version = " + migration.version());
      }
    } catch (SQLException e) {
      throw new StoreException(location, "migration to schema version " + migration.version() + " ("
          + migration.description() + ") failed; the store stays at version " + from, e);
    }
  }

  private static int intPragma(Connection db, String name) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> tables(Connection db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name LIMIT 10")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
