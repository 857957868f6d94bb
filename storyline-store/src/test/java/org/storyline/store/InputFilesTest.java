package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.ArticleId;
import org.storyline.pipeline.InputRecord;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;

/**
 * What a run made of each file is kept in the transaction of the file's last articles: a run that
 * dies before that commit leaves no record, so the next run reads the file again and finishes the
 * work; once kept, the same bytes are recognised without reading them and nothing is stored twice.
 */
class InputFilesTest {

  private static final int BATCH = 10;
  private static Extractor shared;

  @TempDir Path dir;

  @BeforeAll
  static void loadModels() {
    shared = Extractor.withDefaults();
  }

  private static EngineConfig config(AtomicInteger loads) {
    return EngineConfig.defaults().withBatchSize(BATCH).withThreads(2).withExtractor(() -> {
      loads.incrementAndGet();
      return shared;
    });
  }

  private Path jsonl(int from, int to) throws IOException {
    Path file = dir.resolve("news.jsonl");
    StringBuilder out = new StringBuilder();
    for (int n = from; n <= to; n++) {
      out.append("{\"title\": \"Fire at warehouse ").append(n).append("\", \"published\": \"2024-03-0").append(1 + n % 9)
          .append("\", \"text\": \"A fire broke out at warehouse number ").append(n)
          .append(" in Springfield on Monday, the fire department said. Nobody was hurt.\"}\n");
    }
    Files.writeString(file, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return file;
  }

  private static RunSummary ingest(String store, Path file, AtomicInteger loads, Consumer<ArticleId> seen) {
    try (Store s = Stores.open(store); Engine engine = Engine.open(s, config(loads))) {
      return engine.ingest(List.of(file), IngestOptions.defaults(), PipelineListener.SILENT, seen);
    }
  }

  private static Optional<InputRecord> record(String store, Path file) {
    try (Store s = Stores.open(store)) {
      return s.writer().input(InputRecord.Key.of(file, IngestOptions.defaults()));
    }
  }

  private static long articles(String store) {
    try (Store s = Stores.open(store)) {
      return s.articleCount();
    }
  }

  @StoreKind.Each
  void ingest_killedBeforeTheFilesLastCommit_leavesNoRecord_andTheNextRunFinishes(StoreKind kind) throws IOException {
    Path file = jsonl(1, 25);
    String store = kind.newStore(dir, "s.db");
    AtomicInteger loads = new AtomicInteger();
    List<ArticleId> committed = new ArrayList<>();
    // the run dies when the second batch is committed: the third, the file's last, never is
    assertThatThrownBy(() -> ingest(store, file, loads, id -> {
      committed.add(id);
      if (committed.size() == 2 * BATCH) {
        throw new IllegalStateException("killed");
      }
    })).hasMessageContaining("killed");
    assertThat(articles(store)).as("two batches kept").isEqualTo(2 * BATCH);
    assertThat(record(store, file)).as("no record of a file whose last batch was not committed").isEmpty();

    RunSummary again = ingest(store, file, loads, id -> {});
    assertThat(again.added()).as("the rest of the file").isEqualTo(5);
    assertThat(articles(store)).isEqualTo(25);
    InputRecord kept = record(store, file).orElseThrow();
    assertThat(kept.articles()).hasSize(25).doesNotHaveDuplicates();
    assertThat(kept.read().size()).isEqualTo(Files.size(file));
    assertThat(kept.read().lines()).isEqualTo(25);

    int loadsBefore = loads.get();
    List<ArticleId> seen = new ArrayList<>();
    RunSummary third = ingest(store, file, loads, seen::add);
    assertThat(third).isEqualTo(new RunSummary(1, 25, 0, 0, 0));
    assertThat(seen).as("every article told, as read before").containsExactlyElementsOf(kept.articles());
    assertThat(loads).as("no model loaded").hasValue(loadsBefore);
    assertThat(articles(store)).isEqualTo(25);
  }

  @StoreKind.Each
  void ingest_linesAppended_addsThemOnly_andRecordsTheWholeFile(StoreKind kind) throws IOException {
    Path file = jsonl(1, 12);
    String store = kind.newStore(dir, "s.db");
    AtomicInteger loads = new AtomicInteger();
    ingest(store, file, loads, id -> {});
    jsonl(13, 15);

    List<ArticleId> seen = new ArrayList<>();
    RunSummary again = ingest(store, file, loads, seen::add);

    assertThat(again).isEqualTo(new RunSummary(1, 15, 3, 0, 0));
    assertThat(seen).hasSize(15).doesNotHaveDuplicates();
    assertThat(articles(store)).isEqualTo(15);
    InputRecord kept = record(store, file).orElseThrow();
    assertThat(kept.articles()).containsExactlyElementsOf(seen);
    assertThat(kept.read().lines()).isEqualTo(15);
    try (Store s = Stores.open(store)) {
      assertThat(s.articles(0, 100)).filteredOn(a -> a.title().equals("Fire at warehouse 14"))
          .extracting(a -> a.origin().record()).as("an appended line keeps its number").containsExactly(14L);
    }
  }
}
