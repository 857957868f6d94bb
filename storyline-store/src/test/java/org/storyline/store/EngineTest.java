package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.engine.CommitListener;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.Store;
import org.storyline.engine.StoreBusyException;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StoreChange;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.Article;
import org.storyline.model.Story;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.entity.EntityDecision;

/** The engine over either store: each article analysed once, results kept, the same whatever the runs. */
class EngineTest {

  private static final int BATCH = 10;
  private static Extractor shared;

  @TempDir Path dir;

  @BeforeAll
  static void loadModels() {
    shared = Extractor.withDefaults();
  }

  private static EngineConfig config(Supplier<Extractor> extractor) {
    return EngineConfig.defaults().withBatchSize(BATCH).withThreads(2).withCheckpointEvery(35)
        .withExtractor(extractor);
  }

  private static RunSummary ingest(String store, List<Path> inputs, EngineConfig config) {
    try (Store s = Stores.open(store); Engine engine = Engine.open(s, config)) {
      return engine.ingest(inputs, IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
    }
  }

  @StoreKind.Each
  void ingest_storesEveryResult_andAnAlreadyStoredInputLoadsNoModel(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    NewsFixture.write(news, 12, 5, 1);
    String store = kind.newStore(dir, "s.db");
    RunSummary first = ingest(store, List.of(news), config(() -> shared));
    assertThat(first.added()).isEqualTo(60);
    List<ClaimSummary> page;

    AtomicInteger loads = new AtomicInteger();
    RunSummary again = ingest(store, List.of(news), config(() -> {
      loads.incrementAndGet();
      return shared;
    }));
    assertThat(again.added()).isZero();
    assertThat(loads).as("nothing new: the extractors are never loaded").hasValue(0);

    try (Store s = Stores.open(store)) {
      assertThat(s.articleCount()).isEqualTo(60);
      assertThat(s.outdatedExtractions(Extractor.VERSION)).isZero();
      for (Article a : s.articles(0, 100)) {
        Extraction x = s.extraction(a.id()).orElseThrow();
        assertThat(x.mentions()).as("mentions of %s", a.id()).isNotEmpty();
        assertThat(s.storyOf(a.id())).isPresent();
      }
      List<Story> stories = s.stories(StoreReader.StoryOrder.LARGEST, 0, 100);
      assertThat(stories).hasSizeBetween(10, 20);
      assertThat(stories.stream().mapToInt(Story::size).sum()).isEqualTo(60);
      assertThat(stories).isSortedAccordingTo(java.util.Comparator.comparingInt(Story::size).reversed());
      assertThat(s.stories(StoreReader.StoryOrder.LATEST, 0, 100)).hasSameSizeAs(stories).isSortedAccordingTo(
          java.util.Comparator.comparing(Story::last, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
      assertThat(s.entities(0, 50)).isNotEmpty();
      assertThat(s.claims(0, 50)).isNotEmpty();
      int dated = 0;
      for (Story story : stories) {
        var timeline = s.timeline(story.id());
        dated += timeline.events().size();
        for (var event : timeline.events()) {
          assertThat(story.articles()).as("sources of %s in story %s", event.label(), story.id()).containsAll(event.articles());
          // the fixture's reports tell of shootings already past: none is dated after its latest report
          java.time.LocalDate latest = event.sources().stream().flatMap(x -> x.published().stream()).max(java.util.Comparator.naturalOrder())
              .orElseThrow();
          assertThat(event.when().first()).as(event.label()).isBeforeOrEqualTo(latest);
        }
        assertThat(timeline.events()).isSortedAccordingTo(java.util.Comparator.comparing(e -> e.when()));
      }
      assertThat(dated).as("dated events on the stories' timelines").isPositive();
      for (Story story : stories) {
        String headline = s.summary(story.id()).map(x -> x.headline()).filter(h -> !h.isBlank()).orElse(story.headline());
        assertThat(s.headline(story)).as("the list's headline of %s is its summary's", story.id()).isEqualTo(headline);
        assertSubEventSummaries(s, story);
      }
      // the headlines of a page of stories in one read are each story's own, and an unknown id has none
      Map<org.storyline.model.StoryId, String> one = new java.util.LinkedHashMap<>();
      stories.forEach(story -> one.put(story.id(), s.headline(story)));
      List<org.storyline.model.StoryId> asked = new ArrayList<>(one.keySet());
      asked.add(new org.storyline.model.StoryId("0123456789abcdef"));
      assertThat(s.headlines(asked)).containsExactlyEntriesOf(one);
      assertClaimSummaries(s, stories);
      page = s.claims(0, 1_000);
    }
    // a store of schema 10 has no summaries: its groups are summarised from their members, the same
    try (java.sql.Connection db = java.sql.DriverManager.getConnection(kind == StoreKind.SQLITE ? "jdbc:sqlite:" + store : store);
        java.sql.Statement st = db.createStatement()) {
      assertThat(st.executeUpdate("UPDATE claim_groups SET summary = NULL")).isEqualTo(page.size());
    }
    try (Store s = Stores.open(store)) {
      assertThat(s.claims(0, 1_000)).isEqualTo(page);
    }
  }

  /**
   * A page of claim groups is each group's summary, bounded, its counts those of the whole group;
   * group i of a story is its id i + 1.
   */
  private static void assertClaimSummaries(StoreReader s, List<Story> stories) {
    List<ClaimSummary> page = s.claims(0, 1_000);
    assertThat(page).isNotEmpty();
    for (ClaimSummary g : page) {
      ClaimGroup whole = s.claimGroup(g.id()).orElseThrow();
      assertThat(g).isEqualTo(ClaimSummary.of(g.id(), whole));
      assertThat(g.values().claims()).isEqualTo(whole.members().size());
    }
    assertThat(page).extracting(g -> g.values().claims()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    int groups = 0;
    for (Story story : stories) {
      List<ClaimGroup> ofStory = s.claims(story.id());
      for (int i = 0; i < ofStory.size(); i++) {
        assertThat(s.claimGroup(new ClaimGroupId(story.id(), i + 1))).contains(ofStory.get(i));
      }
      assertThat(s.claimGroup(new ClaimGroupId(story.id(), ofStory.size() + 1))).isEmpty();
      groups += ofStory.size();
    }
    assertThat(page).hasSize(groups);
  }

  /** Each sub-event has its headline and a summary quoted from its own articles only. */
  private static void assertSubEventSummaries(StoreReader s, Story story) {
    var summary = s.summary(story.id()).orElseThrow();
    assertThat(summary.subEvents()).extracting(e -> e.number())
        .containsExactlyElementsOf(story.subEvents().stream().map(e -> e.number()).toList());
    for (var e : story.subEvents()) {
      var sub = summary.subEvent(e.number()).orElseThrow();
      assertThat(sub.headline()).as("sub-event %s of %s", e.number(), story.id()).isNotBlank();
      for (var sentence : sub.sentences()) {
        assertThat(e.articles()).extracting(a -> a.value()).contains(sentence.articleId());
      }
    }
  }

  @StoreKind.Each
  void undatedReports_areDatedFromTheirStory(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    List<Path> files = NewsFixture.write(news, 6, 5, 2);
    String store = kind.newStore(dir, "s.db");
    ingest(store, List.of(news), config(() -> shared));
    try (Store s = Stores.open(store)) {
      List<Article> all = s.articles(0, 100);
      List<Article> inferred = all.stream().filter(a -> a.published() != null && a.published().isInferred()).toList();
      List<String> undated = all.stream().filter(a -> a.published() == null || a.published().isInferred())
          .map(a -> a.id() + " " + a.published() + " story " + s.storyOf(a.id()).orElseThrow() + ": " + a.text()).toList();
      assertThat(inferred).as("every undated report shares its incident's days with dated ones: %s", undated).hasSize(2);
      for (Article a : inferred) {
        assertThat(s.dateEvidence(a.id())).isNotEmpty();
        assertThat(s.extraction(a.id()).orElseThrow().timeAnchor()).contains(a.published().date());
      }
    }
    assertThat(files).hasSize(30);
  }

  @StoreKind.Each
  void runsOfWholeBatches_giveTheSameStoreAsOneRun(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    List<Path> files = NewsFixture.write(news, 15, 6, 3);
    String one = kind.newStore(dir, "one.db");
    ingest(one, List.of(news), config(() -> shared));

    String split = kind.newStore(dir, "split.db");
    int[] cuts = {0, 20, 50, 60, files.size()};
    for (int i = 0; i + 1 < cuts.length; i++) {
      ingest(split, files.subList(cuts[i], cuts[i + 1]), config(() -> shared));
    }
    Map<String, List<String>> expected = StoreDigest.of(one);
    Map<String, List<String>> actual = StoreDigest.of(split);
    for (String table : expected.keySet()) {
      assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
    }
    assertThat(expected.get("stories")).hasSizeGreaterThan(5);
  }

  @StoreKind.Each
  void aRunKilledBeforeItsCheckpoint_isReplayedToTheSameStore(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    List<Path> files = NewsFixture.write(news, 10, 6, 4);
    String one = kind.newStore(dir, "one.db");
    ingest(one, List.of(news), config(() -> shared));

    String killed = kind.newStore(dir, "killed.db");
    ingest(killed, files.subList(0, 30), config(() -> shared));
    try (Store s = Stores.open(killed)) {
      var c = ((JdbcStore) s).articleTable().connection();
      Sql.exec(c, "DELETE FROM engine_state"); // as if killed before its first checkpoint
    }
    ingest(killed, files.subList(30, files.size()), config(() -> shared));
    assertThat(StoreDigest.of(killed)).isEqualTo(StoreDigest.of(one));
  }

  @StoreKind.Each
  void commitListener_hearsEachCommitBeforeAndAfterReadersSeeIt(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    NewsFixture.write(news, 4, 5, 5);
    String store = kind.newStore(dir, "s.db");
    List<String> heard = new ArrayList<>();
    try (Store s = Stores.open(store); Store reader = Stores.open(store); Engine engine = Engine.open(s, config(() -> shared))) {
      engine.listen(new CommitListener() {
        @Override
        public void committing(StoreChange change) {
          heard.add("before " + change.update().orElseThrow().batch() + ": " + reader.articleCount());
        }

        @Override
        public void committed(StoreChange change) {
          heard.add("after " + change.update().orElseThrow().batch() + ": " + reader.articleCount());
        }
      });
      engine.ingest(List.of(news), IngestOptions.defaults(), PipelineListener.SILENT, id -> {});
    }
    assertThat(heard).as("batches of %d: the second reader sees each batch only once it is committed", BATCH)
        .containsExactly("before 1: 0", "after 1: 10", "before 2: 10", "after 2: 20");
  }

  @StoreKind.Each
  void aSecondWriter_isRefusedWithAMessageNamingTheStore(StoreKind kind) throws Exception {
    String store = kind.newStore(dir, "s.db");
    try (Store s = Stores.open(store); Engine engine = Engine.open(s, config(() -> shared))) {
      try (Store other = Stores.open(store)) {
        assertThat(other.articleCount()).as("reading goes on while a writer is open").isZero();
        assertThatThrownBy(other::writer).isInstanceOf(StoreBusyException.class)
            .hasMessageContaining(store.toString()).hasMessageContaining("another process is writing");
      }
    }
  }

  @StoreKind.Each
  void anEntityMerge_appliesToEveryStoryNamingEitherName(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    NewsFixture.write(news, 4, 4, 5);
    String store = kind.newStore(dir, "s.db");
    ingest(store, List.of(news), config(() -> shared));
    try (Store s = Stores.open(store)) {
      List<EntitySummary> people = new ArrayList<>(s.entities(0, 200).stream()
          .filter(e -> e.type() == org.storyline.model.EntityType.PERSON && e.name().contains(" ")).toList());
      assertThat(people).hasSizeGreaterThan(2);
      String a = people.get(0).name();
      String b = people.get(1).name();
      int mentions = people.get(0).mentions() + people.get(1).mentions();
      try (Engine engine = Engine.open(s, config(() -> shared))) {
        engine.decide(EntityDecision.merge(a, b));
      }
      var merged = s.entity(b).orElseThrow();
      assertThat(s.entity(a).orElseThrow().id()).isEqualTo(merged.id());
      assertThat(merged.mentionCount()).isEqualTo(mentions);
    }
  }

  @StoreKind.Each
  void theSameArticleTwiceInOneRun_isStoredOnceWithBothOrigins(StoreKind kind) throws Exception {
    Path news = dir.resolve("news");
    List<Path> files = NewsFixture.write(news, 2, 3, 6);
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    Files.copy(files.get(0), copy.resolve("again.txt"));
    String store = kind.newStore(dir, "s.db");
    RunSummary r = ingest(store, List.of(news, copy), config(() -> shared));
    assertThat(r.articles()).isEqualTo(7);
    assertThat(r.added()).isEqualTo(6);
    try (Store s = Stores.open(store)) {
      assertThat(s.articleCount()).isEqualTo(6);
      assertThat(s.origins(s.articles(0, 10).get(0).id())).hasSizeBetween(1, 2);
    }
  }
}
