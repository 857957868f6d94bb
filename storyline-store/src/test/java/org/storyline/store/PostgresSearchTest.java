package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.model.StoryId;
import org.storyline.pipeline.PipelineListener;
import org.storyline.search.ArticleHit;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchQuery.Grouping;
import org.storyline.search.SearchResult;
import org.storyline.search.SearchSyntaxException;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;

/**
 * PostgreSQL's full-text search against the Lucene index: the same reports stored in both stores,
 * the same queries give the same articles, totals, stories and facet counts (the order of matches
 * may differ: the scores are not the same); and what only the PostgreSQL side does (mapping the
 * parsed query to SQL, reading {@code ts_headline}'s marks).
 */
class PostgresSearchTest {

  @TempDir static Path dir;
  private static Store sqlite;
  private static Store postgres;

  @BeforeAll
  static void storeTheSameReportsInBoth() throws IOException {
    List<Path> news = NewsFixture.write(dir.resolve("news"), 8, 4, 11);
    Extractor extractor = Extractor.withDefaults();
    sqlite = ingest(StoreKind.SQLITE.newStore(dir), news, extractor);
    postgres = ingest(StoreKind.POSTGRES.newStore(dir), news, extractor);
  }

  private static Store ingest(String location, List<Path> news, Extractor extractor) {
    EngineConfig config = EngineConfig.defaults().withBatchSize(10).withThreads(2).withExtractor(() -> extractor);
    Store s = Stores.open(location);
    try (Engine engine = Engine.open(s, config)) {
      engine.ingest(news, IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
    }
    return s;
  }

  @AfterAll
  static void close() {
    for (Store s : new Store[] {sqlite, postgres}) {
      if (s != null) {
        s.close();
      }
    }
  }

  private static SearchQuery query(String text, List<String> entities, Grouping grouping) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), List.of(), entities, grouping, 0, 500);
  }

  private static Set<ArticleId> ids(SearchResult r) {
    return r.articles().stream().map(ArticleHit::article).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "police", "Police", "shooting OR vigil", "\"community center\"", "\"center community\"",
      "police AND NOT vigil", "wounded -party", "title:shooting", "title:killed OR title:arrested", "text:heartbroken",
      "shoot*", "heartbroken neighbour", "(vigil OR party) AND murder", "date:2016-03", "date:[2016-03-05 TO *]",
      "murder AND date:[* TO 2016-03-10]", "date:{2016-03-04 TO 2016-03-12}", "NOT police", "nosuchword"})
  void sameQuery_findsTheSameArticles_storiesAndCounts(String text) {
    SearchResult lucene = sqlite.search().search(query(text, List.of(), Grouping.ARTICLES));
    SearchResult pg = postgres.search().search(query(text, List.of(), Grouping.ARTICLES));
    assertThat(ids(pg)).as("articles of '%s'", text).isEqualTo(ids(lucene));
    assertThat(pg.total()).isEqualTo(lucene.total());
    assertThat(pg.storyTotal()).isEqualTo(lucene.storyTotal());
    assertThat(pg.facets().months()).isEqualTo(lucene.facets().months());
    assertThat(pg.facets().entities()).isEqualTo(lucene.facets().entities());
    assertThat(pg.facets().outlets()).isEqualTo(lucene.facets().outlets());
    assertThat(pg.articles()).as("ranked, ties newest first").isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));

    SearchResult luceneStories = sqlite.search().search(query(text, List.of(), Grouping.STORIES));
    SearchResult pgStories = postgres.search().search(query(text, List.of(), Grouping.STORIES));
    assertThat(matching(pgStories)).as("stories of '%s'", text).isEqualTo(matching(luceneStories));
    for (StoryHit h : pgStories.stories()) {
      assertThat(h.best()).hasSizeBetween(1, 3).allSatisfy(a -> assertThat(a.story()).contains(h.story()));
    }
  }

  private static Map<StoryId, Long> matching(SearchResult r) {
    return r.stories().stream().collect(Collectors.toMap(StoryHit::story, StoryHit::matching));
  }

  @Test
  void entityQueryAndFilter_findTheSameArticles_andTheEntityFacetStaysWhole() {
    String name = sqlite.entities(0, 1).get(0).name();
    String word = name.split(" ")[0].toLowerCase(Locale.ROOT);
    for (String text : List.of("entity:" + word, "entity:\"" + name + "\"", "police AND entity:" + word)) {
      assertThat(ids(postgres.search().search(query(text, List.of(), Grouping.ARTICLES))))
          .as(text).isEqualTo(ids(sqlite.search().search(query(text, List.of(), Grouping.ARTICLES))));
    }
    SearchResult lucene = sqlite.search().search(query("police", List.of(name), Grouping.ARTICLES));
    SearchResult pg = postgres.search().search(query("police", List.of(name), Grouping.ARTICLES));
    assertThat(ids(pg)).isEqualTo(ids(lucene)).isNotEmpty();
    assertThat(pg.facets().entities()).as("drill sideways").isEqualTo(lucene.facets().entities());
    assertThat(pg.facets().entities().size()).isGreaterThan(1);
  }

  @Test
  void dateFilters_ofTheQuery_narrowAsTheIndexDoes() {
    SearchQuery q = new SearchQuery("police", Optional.of(LocalDate.of(2016, 3, 6)), Optional.of(LocalDate.of(2016, 3, 15)),
        List.of(), List.of(), Grouping.ARTICLES, 0, 500);
    assertThat(ids(postgres.search().search(q))).isEqualTo(ids(sqlite.search().search(q))).isNotEmpty();
  }

  @Test
  void pages_partitionTheResults() {
    SearchResult all = postgres.search().search(query("police", List.of(), Grouping.ARTICLES));
    List<ArticleId> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < all.total(); offset += 7) {
      postgres.search().search(new SearchQuery("police", Optional.empty(), Optional.empty(), List.of(), List.of(),
          Grouping.ARTICLES, offset, 7)).articles().forEach(h -> paged.add(h.article()));
    }
    assertThat(paged).containsExactlyElementsOf(all.articles().stream().map(ArticleHit::article).toList());
  }

  @Test
  void snippets_arePlainText_withTheMatchedWordsMarked() {
    SearchResult r = postgres.search().search(query("heartbroken OR \"community center\"", List.of(), Grouping.ARTICLES));
    assertThat(r.articles()).isNotEmpty();
    for (ArticleHit h : r.articles()) {
      assertThat(h.snippets()).isNotEmpty();
      for (Snippet s : h.snippets()) {
        assertThat(s.text()).doesNotContain("\n").doesNotContain("\uE000").doesNotContain("\uE001");
        for (Span span : s.highlights()) {
          assertThat(span.of(s.text()).toLowerCase(Locale.ROOT)).isIn("heartbroken", "community", "center", "community center");
        }
      }
      assertThat(h.snippets().stream().mapToInt(s -> s.highlights().size()).sum()).as("%s", h.article()).isPositive();
    }
  }

  @Test
  void badSyntax_isRefusedAsByTheIndex_andWhatSqlCannotSayToo() {
    for (String bad : List.of("\"unclosed", "nothing:here", "date:2021-13-01", "AND")) {
      assertThatThrownBy(() -> postgres.search().search(SearchQuery.of(bad))).as(bad).isInstanceOf(SearchSyntaxException.class);
    }
    for (String lucenesOnly : List.of("\"police said\"~2", "pol?ce", "police~", "/pol.*/")) {
      assertThat(sqlite.search().search(SearchQuery.of(lucenesOnly))).isNotNull();
      assertThatThrownBy(() -> postgres.search().search(SearchQuery.of(lucenesOnly))).as(lucenesOnly)
          .isInstanceOf(SearchSyntaxException.class).hasMessageContaining(lucenesOnly).hasMessageContaining("PostgreSQL");
    }
  }

  @Test
  void manyThreads_searchAtOnce_andEachGetsTheWholeAnswer() throws Exception {
    SearchResult expected = postgres.search().search(query("police OR vigil", List.of(), Grouping.STORIES));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<SearchResult>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        answers.add(pool.submit(() -> postgres.search().search(query("police OR vigil", List.of(), Grouping.STORIES))));
      }
      for (java.util.concurrent.Future<SearchResult> a : answers) {
        assertThat(matching(a.get())).isEqualTo(matching(expected));
        assertThat(a.get().total()).isEqualTo(expected.total());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
