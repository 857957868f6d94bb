package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.Store;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.pipeline.PipelineListener;
import org.storyline.search.ArticleHit;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;
import org.storyline.store.index.LuceneIndex;

/**
 * The search follows its store batch by batch (both stores); the index beside a SQLite store also after a crash, and
 * when it is another store's.
 */
class SearchIndexSyncTest {

  private static Extractor shared;

  @TempDir Path dir;

  @BeforeAll
  static void loadModels() {
    shared = Extractor.withDefaults();
  }

  private static void ingest(Path store, List<Path> inputs) {
    ingest(store.toString(), inputs, 10);
  }

  private static void ingest(Path store, List<Path> inputs, int batch) {
    ingest(store.toString(), inputs, batch);
  }

  private static void ingest(String store, List<Path> inputs, int batch) {
    EngineConfig config = EngineConfig.defaults().withBatchSize(batch).withThreads(2).withExtractor(() -> shared);
    try (Store s = Stores.open(store); Engine engine = Engine.open(s, config)) {
      engine.ingest(inputs, IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
    }
  }

  private static SearchResult all(Store s) {
    return s.search().search(new SearchQuery("", Optional.empty(), Optional.empty(), List.of(), List.of(),
        SearchQuery.Grouping.ARTICLES, 0, 500));
  }

  /** Every stored article is found once, in its stored story, with its stored date. */
  private static void assertInStep(Store s) {
    SearchResult r = all(s);
    assertThat(r.total()).isEqualTo(s.articleCount());
    Map<ArticleId, ArticleHit> hits = new HashMap<>();
    r.articles().forEach(h -> hits.put(h.article(), h));
    for (Article a : s.articles(0, 500)) {
      ArticleHit h = hits.get(a.id());
      assertThat(h).as("hit of %s", a.id()).isNotNull();
      assertThat(h.story()).as("story of %s", a.id()).isEqualTo(s.storyOf(a.id()));
      assertThat(h.published()).isEqualTo(Optional.ofNullable(a.published()).map(p -> p.date()));
    }
    assertThat(r.storyTotal()).isEqualTo(s.storyCount());
    EntitySummary top = s.entities(0, 1).get(0);
    SearchResult named = s.search().search(new SearchQuery("", Optional.empty(), Optional.empty(), List.of(),
        List.of(top.name()), SearchQuery.Grouping.ARTICLES, 0, 500));
    assertThat(named.total()).as("articles naming %s", top.name()).isEqualTo(top.articles());
  }

  /** The search contract, on either store's search (Lucene beside SQLite, PostgreSQL's own). */
  @StoreKind.Each
  void everyBatch_isSearchable_andTheStoriesMatchTheStore(StoreKind kind) throws IOException {
    String store = kind.newStore(dir);
    ingest(store, NewsFixture.write(dir.resolve("news"), 6, 4, 3), 10);
    try (Store s = Stores.open(store)) {
      assertInStep(s);
      StoryId some = s.stories(org.storyline.engine.StoreReader.StoryOrder.LARGEST, 0, 1).get(0).id();
      SearchResult grouped = s.search().search(new SearchQuery("police", Optional.empty(), Optional.empty(), List.of(),
          List.of(), SearchQuery.Grouping.STORIES, 0, 50));
      assertThat(grouped.stories()).anyMatch(h -> h.story().equals(some));
    }
  }

  @Test
  void writingProcess_searchesEachBatchOnceCommitted_andClosingLeavesTheIndexInStep() throws IOException {
    Path store = dir.resolve("s.db");
    List<Path> news = NewsFixture.write(dir.resolve("news"), 6, 4, 9);
    EngineConfig config = EngineConfig.defaults().withBatchSize(4).withThreads(2).withExtractor(() -> shared);
    try (Store s = Stores.open(store.toString()); Engine engine = Engine.open(s, config)) {
      for (int from = 0; from < news.size(); from += 8) {
        engine.ingest(news.subList(from, Math.min(news.size(), from + 8)), IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
        // the index follows on its own thread; a search started after the commits waits for them
        assertThat(all(s).total()).as("after %d files", from + 8).isEqualTo(s.articleCount());
      }
      assertInStep(s);
    }
    try (JdbcArticleStore raw = JdbcArticleStore.open(store); LuceneIndex index = LuceneIndex.open(dir.resolve("s.db.index"))) {
      assertThat(index.inStepWith(new JdbcIndexSource(store.toString(), raw.connection())))
          .as("closing the store waited for the index to hold its last commit").isTrue();
    }
  }

  @Test
  void indexKilledBetweenTheStoreCommitAndItsOwn_catchesUpOnOpen() throws IOException {
    Path store = dir.resolve("s.db");
    Path index = dir.resolve("s.db.index");
    // the second run is one batch: one commit of the store, one of the index; the index as a process
    // killed between the two left it is the one after the first run
    ingestTwiceKeepingTheFirstIndex(store, 100);
    long held;
    try (LuceneIndex old = LuceneIndex.open(index)) {
      held = old.heldChange();
    }
    try (JdbcArticleStore raw = JdbcArticleStore.open(store)) {
      JdbcIndexSource log = new JdbcIndexSource(store.toString(), raw.connection());
      assertThat(log.lastChange()).as("the store is ahead").isGreaterThan(held);
      assertThat(log.forgotten()).as("and still logs what the index misses: it catches up, no rebuild").isLessThanOrEqualTo(held);
    }

    try (Store s = Stores.open(store)) {
      assertThat(s.articleCount()).isGreaterThan(12);
      assertInStep(s);
    }
    try (Store s = Stores.open(store)) {
      s.writer(); // the writer's path catches up too (nothing left to do here)
      assertInStep(s);
    }
  }

  @Test
  void indexOlderThanTheChangesLogged_isRebuilt() throws IOException {
    Path store = dir.resolve("s.db");
    // an index restored from a backup, several batches behind: the store no longer logs what it misses
    ingestTwiceKeepingTheFirstIndex(store, 10);

    try (Store s = Stores.open(store)) {
      assertInStep(s);
    }
  }

  @Test
  void anotherStoresIndex_isRebuilt() throws IOException {
    Path a = dir.resolve("a.db");
    Path b = dir.resolve("b.db");
    ingest(a, NewsFixture.write(dir.resolve("news-a"), 3, 3, 7));
    ingest(b, NewsFixture.write(dir.resolve("news-b"), 5, 3, 8));
    replace(dir.resolve("a.db.index"), dir.resolve("b.db.index"));
    try (Store s = Stores.open(a)) {
      assertInStep(s);
    }
  }

  /** Ingests 12 reports, then 20 more in batches of {@code batch}; then puts back the index of the first run. */
  private void ingestTwiceKeepingTheFirstIndex(Path store, int batch) throws IOException {
    List<Path> news = NewsFixture.write(dir.resolve("news"), 8, 4, 5);
    Path index = dir.resolve(store.getFileName() + ".index");
    ingest(store, news.subList(0, 12));
    Path first = dir.resolve("index-first");
    copy(index, first);
    ingest(store, news.subList(12, news.size()), batch);
    replace(index, first);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }

  private static void replace(Path index, Path with) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    copy(with, index);
  }
}
