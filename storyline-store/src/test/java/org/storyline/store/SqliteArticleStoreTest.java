package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceFormat;
import org.storyline.store.ArticleStore.AddResult;

/** The articles of a store, on either store (the SQL columns test: SQLite's JSON functions). */
class SqliteArticleStoreTest {

  @TempDir Path dir;
  String file;
  JdbcArticleStore store;

  private void open(StoreKind kind) {
    file = kind.newStore(dir, "storyline.db");
    store = JdbcArticleStore.at(file);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @StoreKind.Each
  void get_richArticle_comesBackEqual(StoreKind kind) {
    open(kind);
    Article rich = TestArticles.rich();
    assertThat(rich.sourceMap().runCount()).isGreaterThan(1);

    store.add(List.of(rich));

    Article back = store.get(rich.id()).orElseThrow();
    assertThat(back).isEqualTo(rich);
    assertThat(back.sourceMap().toArray()).containsExactly(rich.sourceMap().toArray());
    assertThat(back.published().confidence()).isEqualTo(0.7349);
  }

  @StoreKind.Each
  void get_afterReopening_comesBackEqual(StoreKind kind) {
    open(kind);
    Article rich = TestArticles.rich();
    Article bare = TestArticles.bare("00000000000000ff", "", new Origin("empty.txt", 0));
    store.add(List.of(rich, bare));
    store.close();

    store = JdbcArticleStore.at(file);

    assertThat(store.get(rich.id())).contains(rich);
    assertThat(store.get(bare.id())).contains(bare);
    assertThat(store.count()).isEqualTo(2);
  }

  @StoreKind.Each
  void get_unknownId_isEmpty(StoreKind kind) {
    open(kind);
    store.add(TestArticles.generated(0, 3));
    assertThat(store.get(new ArticleId("0123456789abcdef"))).isEmpty();
  }

  @StoreKind.Each
  void add_sameBatchTwice_keepsCountAndRecordsSecondOrigin(StoreKind kind) {
    open(kind);
    List<Article> batch = TestArticles.generated(0, 3);
    List<Article> again = batch.stream().map(a -> TestArticles.from(a, new Origin("again.jsonl", 7))).toList();
    List<ArticleId> ids = batch.stream().map(Article::id).toList();

    AddResult first = store.add(batch);
    AddResult second = store.add(again);

    assertThat(first.added()).containsExactlyElementsOf(ids);
    assertThat(first.alreadyStored()).isEmpty();
    assertThat(second.added()).isEmpty();
    assertThat(second.alreadyStored()).containsExactlyElementsOf(ids);
    assertThat(store.count()).isEqualTo(3);
    assertThat(store.origins(ids.get(1)))
        .containsExactly(new Origin("corpus.jsonl", 2), new Origin("again.jsonl", 7));
    assertThat(store.get(ids.get(1))).contains(batch.get(1)); // the first origin stays the article's
  }

  @StoreKind.Each
  void add_sameOriginTwice_recordsItOnce(StoreKind kind) {
    open(kind);
    List<Article> batch = TestArticles.generated(0, 2);
    store.add(batch);
    store.add(batch);
    assertThat(store.origins(batch.get(0).id())).containsExactly(batch.get(0).origin());
  }

  @StoreKind.Each
  void add_mixedBatch_saysWhichWereNew(StoreKind kind) {
    open(kind);
    store.add(TestArticles.generated(0, 2));

    AddResult r = store.add(TestArticles.generated(1, 4));

    assertThat(r.added()).containsExactly(TestArticles.generated(2).id(), TestArticles.generated(3).id());
    assertThat(r.alreadyStored()).containsExactly(TestArticles.generated(1).id());
    assertThat(store.count()).isEqualTo(4);
  }

  @StoreKind.Each
  void add_batchWithRepeatedId_storesItOnce(StoreKind kind) {
    open(kind);
    Article a = TestArticles.generated(0);
    Article sameFromElsewhere = TestArticles.from(a, new Origin("other.jsonl", 3));
    Article b = TestArticles.generated(1);

    AddResult r = store.add(List.of(a, sameFromElsewhere, b, a));

    assertThat(r.added()).containsExactly(a.id(), b.id());
    assertThat(r.alreadyStored()).isEmpty();
    assertThat(store.count()).isEqualTo(2);
    assertThat(store.origins(a.id())).containsExactly(a.origin(), new Origin("other.jsonl", 3));
  }

  @StoreKind.Each
  void add_emptyBatch_storesNothing(StoreKind kind) {
    open(kind);
    assertThat(store.add(List.of())).isEqualTo(new AddResult(List.of(), List.of()));
    assertThat(store.count()).isZero();
  }

  @StoreKind.Each
  void add_articleFailingHalfWay_storesNothingOfTheBatch(StoreKind kind) {
    open(kind);
    store.add(TestArticles.generated(0, 2));
    Article bad = TestArticles.bare("badbadbadbadbad0", "broken \uD83D emoji", new Origin("feed.jsonl", 9));
    List<Article> batch = new ArrayList<>(TestArticles.generated(2, 5));
    batch.add(bad);
    batch.addAll(TestArticles.generated(5, 7));

    assertThatThrownBy(() -> store.add(batch))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(file + ": could not store a batch of 6 articles at article badbadbadbadbad0 (feed.jsonl:9)")
        .hasMessageContaining("text holds an unpaired UTF-16 surrogate at offset 7")
        .hasMessageEndingWith("nothing of the batch was stored")
        .satisfies(e -> assertThat(((StoreException) e).location()).isEqualTo(file));

    assertStoredExactly(0, 2);
    assertThat(store.add(TestArticles.generated(2, 7)).added()).hasSize(5); // still usable
    assertStoredExactly(0, 7);
  }

  @StoreKind.Each
  void add_sourceOtherThanTheText_isCheckedToo(StoreKind kind) {
    open(kind);
    Article clean = TestArticles.bare("badbadbadbadbad1", "clean text", new Origin("page.html", 1));
    Article badSource = new Article(clean.id(), clean.origin(), SourceFormat.HTML, null, null, null, null, clean.text(),
        clean.layout(), "clean\uDC00text", clean.sourceMap(), List.of());

    assertThatThrownBy(() -> store.add(List.of(badSource)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("source holds an unpaired UTF-16 surrogate at offset 5");
    assertThat(store.count()).isZero();
  }

  @StoreKind.Each
  void add_sqlFailureHalfWay_rollsBackAndStaysUsable(StoreKind kind) {
    open(kind);
    store.add(TestArticles.generated(0, 2));
    failAt(3, a -> {
      throw new SQLException("[SQLITE_IOERR] disk I/O error (simulated)");
    });

    assertThatThrownBy(() -> store.add(TestArticles.generated(2, 8)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file)
        .hasMessageContaining("at article " + TestArticles.generated(5).id())
        .hasMessageContaining("disk I/O error (simulated)");

    assertStoredExactly(0, 2);
    assertThat(store.origins(TestArticles.generated(3).id())).isEmpty();
    store.writeHook(JdbcArticleStore.WriteHook.NONE);
    store.add(TestArticles.generated(2, 8));
    assertStoredExactly(0, 8);
  }

  @StoreKind.Each
  void add_connectionClosedUnderIt_leavesFileWithoutTheBatch(StoreKind kind) {
    open(kind);
    store.add(TestArticles.generated(0, 2));
    failAt(2, a -> store.connection().close());

    assertThatThrownBy(() -> store.add(TestArticles.generated(2, 8)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("at article " + TestArticles.generated(4).id());

    store.close();
    store = JdbcArticleStore.at(file);
    assertStoredExactly(0, 2);
  }

  @StoreKind.Each
  void all_ordersByDateThenIdWithUndatedLast(StoreKind kind) {
    open(kind);
    Article late = dated("000000000000000a", LocalDate.of(2024, 5, 1));
    Article early = dated("000000000000000f", LocalDate.of(2023, 12, 31));
    Article earlySameDay = dated("0000000000000001", LocalDate.of(2023, 12, 31));
    Article undatedB = TestArticles.bare("00000000000000bb", "b", new Origin("b", 0));
    Article undatedA = TestArticles.bare("00000000000000aa", "a", new Origin("a", 0));
    store.add(List.of(undatedB, late, early, undatedA, earlySameDay));

    assertThat(store.all()).containsExactly(earlySameDay, early, late, undatedA, undatedB);
  }

  @StoreKind.Each
  void all_keepsEachArticlesRemovals(StoreKind kind) {
    open(kind);
    List<Article> articles = new ArrayList<>(TestArticles.generated(0, 5));
    articles.add(TestArticles.rich());
    store.add(articles);

    assertThat(store.all()).containsExactlyInAnyOrderElementsOf(articles);
  }

  @StoreKind.Each
  void findByIdPrefix_uniquePrefix_findsTheArticle(StoreKind kind) {
    open(kind);
    Article a = TestArticles.bare("abcd100000000000", "a", new Origin("a", 0));
    Article b = TestArticles.bare("abcd200000000000", "b", new Origin("b", 0));
    store.add(List.of(a, b));

    assertThat(store.findByIdPrefix("abcd1")).contains(a);
    assertThat(store.findByIdPrefix("ABCD2")).contains(b);
    assertThat(store.findByIdPrefix("abcd200000000000")).contains(b);
    assertThat(store.findByIdPrefix("abce")).isEmpty();
  }

  @StoreKind.Each
  void findByIdPrefix_ambiguousPrefix_isEmptyAndIdsWithPrefixListsThem(StoreKind kind) {
    open(kind);
    Article a = TestArticles.bare("abcd100000000000", "a", new Origin("a", 0));
    Article b = TestArticles.bare("abcd200000000000", "b", new Origin("b", 0));
    Article c = TestArticles.bare("abce000000000000", "c", new Origin("c", 0));
    store.add(List.of(c, b, a));

    assertThat(store.findByIdPrefix("abcd")).isEmpty();
    assertThat(store.idsWithPrefix("abcd", 10)).containsExactly(a.id(), b.id());
    assertThat(store.idsWithPrefix("abc0", 10)).isEmpty();
  }

  @StoreKind.Each
  void findByIdPrefix_badPrefix_isRefused(StoreKind kind) {
    open(kind);
    assertThatThrownBy(() -> store.findByIdPrefix("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an article id prefix is 4 to 16 hex digits, not 'abc'");
    assertThatThrownBy(() -> store.findByIdPrefix("abcg")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.findByIdPrefix("abcd%")).isInstanceOf(IllegalArgumentException.class);
  }

  @StoreKind.Each
  void recordProblems_areKeptInOrder(StoreKind kind) {
    open(kind);
    List<Problem> problems = List.of(
        Problem.error(new Origin("feed.jsonl", 12), "no text field"),
        Problem.warning(Origin.file("page.html"), "no date; inferred"));
    store.recordProblems(problems);
    store.recordProblems(List.of(Problem.error(new Origin("x\uDC00.txt", 0), "bad")));

    assertThat(store.problems()).containsExactly(problems.get(0), problems.get(1),
        Problem.error(new Origin("x\uFFFD.txt", 0), "bad"));
  }

  @Test
  void columns_areReadableWithPlainSql() throws SQLException {
    open(StoreKind.SQLITE);
    Article rich = TestArticles.rich();
    store.add(List.of(rich));

    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("""
            SELECT published, published_source, format, json_extract(layout, '$.dateline[1]'),
                   json_array_length(source_map), word_count, derived_length, typeof(published_confidence)
            FROM articles""")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("2023-02-28");
      assertThat(rs.getString(2)).isEqualTo("INFERRED");
      assertThat(rs.getString(3)).isEqualTo("HTML");
      assertThat(rs.getInt(4)).isEqualTo(rich.layout().dateline().end());
      assertThat(rs.getInt(5)).isEqualTo(rich.sourceMap().runCount());
      assertThat(rs.getInt(6)).isEqualTo(rich.wordCount());
      assertThat(rs.getInt(7)).isEqualTo(rich.text().length());
      assertThat(rs.getString(8)).isEqualTo("real");
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT group_concat(reason, ',') FROM removals ORDER BY seq")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("APP_PROMO,WHITESPACE,PHOTO_CREDIT,WHITESPACE");
    }
  }

  @StoreKind.Each
  void closedStore_refusesUse(StoreKind kind) {
    open(kind);
    store.close();
    store.close(); // twice is fine

    for (Runnable use : List.<Runnable>of(
        store::count, store::all, () -> store.add(List.of()), () -> store.get(new ArticleId("0123456789abcdef")),
        () -> store.findByIdPrefix("abcd"), () -> store.recordProblems(List.of()))) {
      assertThatThrownBy(use::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(file + ": the store is closed");
    }
  }

  private void failAt(int index, SqlConsumer<Article> failure) {
    store.writeHook((i, a) -> {
      if (i == index) {
        failure.accept(a);
      }
    });
  }

  @FunctionalInterface
  interface SqlConsumer<T> {
    void accept(T t) throws SQLException;
  }

  private void assertStoredExactly(int from, int to) {
    assertThat(store.count()).isEqualTo(to - from);
    for (Article a : TestArticles.generated(from, to)) {
      assertThat(store.get(a.id())).contains(a);
    }
  }

  private static Article dated(String id, LocalDate date) {
    return TestArticles.bare(id, id, new Origin(id, 0)).withPublished(PublicationDate.given(date, DateSource.DATE_LINE));
  }
}
