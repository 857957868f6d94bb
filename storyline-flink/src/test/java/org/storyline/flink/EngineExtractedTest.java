package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.SourceDocument;
import org.storyline.store.NewsFixture;
import org.storyline.store.Stores;

/** {@link Engine#addExtracted}: batches cleaned and extracted elsewhere give the store that {@code ingest} of the same batches gives. */
class EngineExtractedTest {

  @Test
  void addExtracted_ofTheSameBatches_givesIngestsArticlesExtractionsAndStories(@TempDir Path dir) throws Exception {
    Extractor extractor = Extractor.withDefaults();
    List<Path> files = NewsFixture.write(dir.resolve("news"), 6, 5, 3);
    Path ingested = dir.resolve("ingested.db");
    JobFixture.embedded(ingested, files, extractor);

    List<Extraction> extracted = new ArrayList<>();
    Ingestor ingestor = Ingestor.withDefaults();
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    for (Path f : files) {
      List<SourceDocument> docs = new ArrayList<>();
      ingestor.readFile(f, docs::add, p -> {});
      docs.forEach(d -> extracted.add(extractor.extract(cleaner.clean(d))));
    }
    assertThat(extracted).as("the fixture has undated reports, which their batch dates and which are extracted again")
        .anyMatch(x -> x.article().published() == null);
    Path added = dir.resolve("added.db");
    try (Store s = Stores.open(added.toString());
        Engine engine = Engine.open(s, EngineConfig.defaults().withThreads(1).withExtractor(() -> extractor))) {
      for (int i = 0; i < extracted.size(); i += JobFixture.BATCH) {
        engine.addExtracted(extracted.subList(i, Math.min(extracted.size(), i + JobFixture.BATCH)), List.of());
      }
    }
    assertThat(JobFixture.partition(JobFixture.stories(added))).isEqualTo(JobFixture.partition(JobFixture.stories(ingested)));
    try (Store a = Stores.open(added.toString()); Store b = Stores.open(ingested.toString())) {
      for (Article article : b.articles(0, Integer.MAX_VALUE)) {
        assertThat(a.article(article.id())).contains(article);
        assertThat(a.extraction(article.id())).as("extraction of %s", article.origin()).isEqualTo(b.extraction(article.id()));
      }
    }
  }
}
