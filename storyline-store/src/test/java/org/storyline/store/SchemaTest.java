package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

  @TempDir Path dir;

  @Test
  void open_waitsForAReaderOfANewFile_insteadOfFailing() throws Exception {
    Path file = dir.resolve("shared.db");
    Files.createFile(file);
    try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      reader.setAutoCommit(false);
      Statement st = reader.createStatement();
      ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master");
      rs.next(); // holds a read lock, as an analyst's sqlite3 shell may
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(300);
          rs.close();
          st.close();
          reader.commit();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();
      try (JdbcArticleStore store = JdbcArticleStore.open(file)) {
        assertThat(store.schemaVersion()).isEqualTo(Schema.LATEST);
      }
      release.join();
    }
  }

  @Test
  void migrations_areNumberedFromOneWithoutGaps() {
    for (int i = 0; i < Schema.MIGRATIONS.size(); i++) {
      assertThat(Schema.MIGRATIONS.get(i).version()).as("migration at %d", i).isEqualTo(i + 1);
    }
    assertThat(Schema.LATEST).isEqualTo(Schema.MIGRATIONS.size());
  }

  @Test
  void open_freshFile_getsLatestVersionApplicationIdAndWal() throws Exception {
    Path file = dir.resolve("new/sub/folder/storyline.db");

    try (JdbcArticleStore store = JdbcArticleStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(Schema.LATEST);
    }

    assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Schema.LATEST));
    assertThat(pragma(file, "application_id")).isEqualTo(String.valueOf(0x53544C4E));
    assertThat(pragma(file, "journal_mode")).isEqualTo("wal");
    assertThat(tables(file)).contains("article_origins", "articles", "problems", "removals", "entities", "entity_decisions",
        "date_evidence", "stories", "sub_events", "story_articles", "duplicates", "cluster_decisions", "story_merges");
  }

  @Test
  void open_emptyFile_isMadeAStore() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.db"));
    try (JdbcArticleStore store = JdbcArticleStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(Schema.LATEST);
    }
  }

  @Test
  void open_existingStore_keepsItsData() {
    Path file = dir.resolve("storyline.db");
    try (JdbcArticleStore store = JdbcArticleStore.open(file)) {
      store.add(TestArticles.generated(0, 3));
    }
    try (JdbcArticleStore store = JdbcArticleStore.open(file)) {
      assertThat(store.count()).isEqualTo(3);
      assertThat(store.schemaVersion()).isEqualTo(Schema.LATEST);
    }
  }

  @Test
  void open_newerSchemaVersion_isRefusedAndFileLeftAlone() throws Exception {
    Path file = dir.resolve("storyline.db");
    JdbcArticleStore.open(file).close();
    int newer = Schema.LATEST + 1;
    sql(file, "PRAGMA user_version = " + newer);

    assertThatThrownBy(() -> JdbcArticleStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": store schema version " + newer + " is newer than this Storyline (knows up to " + Schema.LATEST + "); upgrade Storyline");
    assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(newer));
  }

  @Test
  void open_textFile_isRefusedAsNotSqlite() throws Exception {
    Path file = dir.resolve("x.db");
    String text = "These are my notes, not a database.\n".repeat(40);
    Files.writeString(file, text);

    assertThatThrownBy(() -> JdbcArticleStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(file + ": not a SQLite database, so not a Storyline store")
        .satisfies(e -> assertThat(((StoreException) e).file()).isEqualTo(file));
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  @Test
  void open_shortTextFile_isRefusedAsNotSqlite() throws Exception {
    Path file = dir.resolve("x.db");
    Files.write(file, "hi\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> JdbcArticleStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(file + ": not a SQLite database");
  }

  @Test
  void open_otherSqliteDatabase_isRefusedAndNotChanged() throws Exception {
    Path file = dir.resolve("other.db");
    sql(file, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");

    assertThatThrownBy(() -> JdbcArticleStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": a SQLite database but not a Storyline store (application_id 0, user_version 0,"
            + " tables [customers]); Storyline will not write into it");
    assertThat(pragma(file, "journal_mode")).isEqualTo("delete");
    assertThat(tables(file)).containsExactly("customers");
  }

  @Test
  void open_folder_isRefused() {
    assertThatThrownBy(() -> JdbcArticleStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(dir + ": is a folder; a store is a file");
  }

  private static void sql(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String pragma(Path file, String name) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static List<String> tables(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    }
  }
}
