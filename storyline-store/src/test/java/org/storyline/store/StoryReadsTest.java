package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.engine.StoreReader;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.ArticleId;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.pipeline.PipelineListener;

/**
 * What a story page reads, on a reader that keeps its prepared statements ({@link PreparedQueries}):
 * the same as a reader opened afresh, also after the writer committed more batches, and the quotes
 * read alone equal to those of the whole extractions.
 */
class StoryReadsTest {

  private static Extractor shared;

  @TempDir Path dir;

  @BeforeAll
  static void loadModels() {
    shared = Extractor.withDefaults();
  }

  /** Everything the story page and the story API read of each story, in one comparable list. */
  private static List<Object> storyReads(StoreReader r) {
    List<Object> out = new ArrayList<>();
    for (Story listed : r.stories(StoreReader.StoryOrder.LATEST, 0, 1000)) {
      Story s = r.story(listed.id().value()).orElseThrow();
      out.addAll(List.of(s, r.headline(s), r.entitiesOf(s.id()), r.claims(s.id()), r.timeline(s.id()), r.summary(s.id()),
          r.quotes(s.articles())));
      s.articles().forEach(a -> out.add(r.article(a).orElseThrow()));
    }
    return out;
  }

  @StoreKind.Each
  void aReaderKeepingItsStatements_readsWhatAFreshReaderReads_alsoAfterLaterBatches(StoreKind kind) throws Exception {
    List<Path> files = NewsFixture.write(dir.resolve("news"), 8, 4, 5);
    String location = kind.newStore(dir, "s.db");
    try (Store writer = Stores.open(location); Engine engine = Engine.open(writer, EngineConfig.defaults().withExtractor(() -> shared));
        Store reader = Stores.open(location)) {
      engine.ingest(files.subList(0, 16), IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
      List<Object> before = storyReads(reader);
      assertThat(before).isNotEmpty();

      engine.ingest(files.subList(16, files.size()), IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
      List<Object> after = storyReads(reader);
      assertThat(reader.articleCount()).isEqualTo(files.size());
      assertThat(after).as("the later batches are seen").isNotEqualTo(before);
      try (Store fresh = Stores.open(location)) {
        assertThat(after).isEqualTo(storyReads(fresh));
      }
    }
  }

  @StoreKind.Each
  void quotes_areTheQuotesOfTheWholeExtractions(StoreKind kind) throws Exception {
    List<Path> files = NewsFixture.write(dir.resolve("news"), 4, 4, 6);
    String location = kind.newStore(dir, "s.db");
    try (Store s = Stores.open(location); Engine engine = Engine.open(s, EngineConfig.defaults().withExtractor(() -> shared))) {
      engine.ingest(files, IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
      List<ArticleId> ids = new ArrayList<>(s.articles(0, 100).stream().map(a -> a.id()).toList());
      ids.add(new ArticleId("0000000000000000")); // never stored: left out
      Map<ArticleId, List<Quote>> quotes = s.quotes(ids);
      Map<ArticleId, Extraction> whole = s.extractions(ids);
      assertThat(quotes.keySet()).containsExactlyElementsOf(whole.keySet());
      whole.forEach((id, x) -> assertThat(quotes.get(id)).as("quotes of %s", id).isEqualTo(x.quotes()));
      assertThat(quotes.values().stream().mapToInt(List::size).sum()).as("the fixture has quotes").isPositive();
    }
  }

  @Test
  void preparedQueries_keepAtMostTheirCapacity_andAreClosedWithTheStore() throws SQLException {
    try (JdbcArticleStore store = JdbcArticleStore.open(dir.resolve("s.db"))) {
      PreparedQueries queries = store.queries();
      for (int n = 1; n <= PreparedQueries.CAPACITY + 10; n++) {
        long value = queries.query("SELECT " + n + " + ?", rs -> rs.next() ? rs.getLong(1) : -1L, 1);
        assertThat(value).isEqualTo(n + 1);
      }
      assertThat(queries.size()).isEqualTo(PreparedQueries.CAPACITY);
      long again = queries.query("SELECT 1 + ?", rs -> rs.next() ? rs.getLong(1) : -1L, 41);
      assertThat(again).as("an evicted statement is prepared again").isEqualTo(42);
      store.close();
      assertThat(queries.size()).isZero();
    }
  }
}
