package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one list of migrations in PostgreSQL: what a new database gets, and what is refused (databases, and text PostgreSQL cannot keep). */
class PostgresSchemaTest {

  @TempDir Path dir;

  @Test
  void newDatabase_getsEveryMigration_andTheSearchColumns() throws Exception {
    String url = StoreKind.POSTGRES.newStore(dir);
    try (JdbcArticleStore store = JdbcArticleStore.at(url)) {
      assertThat(store.schemaVersion()).isEqualTo(Schema.LATEST);
      assertThat(Sql.queryLong(store.connection(), "SELECT count(*) FROM storyline_schema")).isEqualTo(1);
      assertThat(Sql.queryLong(store.connection(), """
          SELECT count(*) FROM information_schema.columns
          WHERE table_name = 'articles' AND column_name IN ('search', 'search_outlet')""")).isEqualTo(2);
      assertThat(Sql.queryLong(store.connection(), """
          SELECT count(*) FROM information_schema.columns
          WHERE table_name = 'articles' AND column_name = 'batch' AND data_type = 'bigint'""")).as("INTEGER is 64 bits").isEqualTo(1);
      String id = "" + Sql.queryLong(store.connection(), "SELECT length(store_id) FROM search_sync");
      assertThat(id).isEqualTo("32");
    }
    try (JdbcArticleStore again = JdbcArticleStore.at(url)) {
      assertThat(again.schemaVersion()).as("opening again migrates nothing").isEqualTo(Schema.LATEST);
    }
  }

  @Test
  void twoProcessesOpeningANewDatabase_migrateItOnce() throws Exception {
    String url = StoreKind.POSTGRES.newStore(dir);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> opened = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        opened.add(pool.submit(() -> {
          try (JdbcArticleStore s = JdbcArticleStore.at(url)) {
            return s.schemaVersion();
          }
        }));
      }
      for (Future<Integer> f : opened) {
        assertThat(f.get()).isEqualTo(Schema.LATEST);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void databaseOfSomethingElse_isRefused_andLeftAsItWas() throws Exception {
    String url = StoreKind.POSTGRES.newStore(dir);
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE invoices (id INTEGER)");
    }
    assertThatThrownBy(() -> JdbcArticleStore.at(url)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith(url + ": the database holds 1 tables but is not a Storyline store");
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(Sql.queryLong(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).isEqualTo(1);
    }
  }

  @Test
  void storeOfANewerStoryline_isRefused() throws Exception {
    String url = StoreKind.POSTGRES.newStore(dir);
    JdbcArticleStore.at(url).close();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("UPDATE storyline_schema SET version = " + (Schema.LATEST + 1));
    }
    assertThatThrownBy(() -> JdbcArticleStore.at(url)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this Storyline");
  }

  @Test
  void password_isMaskedWhereTheStoreIsNamed() {
    assertThat(JdbcArticleStore.withoutPassword("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
  }

  @Test
  void articleWithANulCharacter_isRefusedNamingIt_andNothingOfItsBatchIsStored() {
    try (JdbcArticleStore store = JdbcArticleStore.at(StoreKind.POSTGRES.newStore(dir))) {
      org.storyline.model.Article bad = TestArticles.bare("badbadbadbadbad1", "a \0 b", new org.storyline.model.Origin("f.jsonl", 3));
      List<org.storyline.model.Article> batch = new ArrayList<>(TestArticles.generated(0, 2));
      batch.add(bad);
      assertThatThrownBy(() -> store.add(batch)).isInstanceOf(StoreException.class)
          .hasMessageContaining("at article badbadbadbadbad1").hasMessageContaining("text holds a NUL character at offset 2");
      assertThat(store.count()).isZero();
    }
  }
}
