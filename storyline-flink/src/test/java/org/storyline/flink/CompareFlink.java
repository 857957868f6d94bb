package org.storyline.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.Store;
import org.storyline.eval.ClusteringScores;
import org.storyline.ingest.IngestOptions;
import org.storyline.kafka.TestKafka;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.pipeline.PipelineListener;
import org.storyline.store.Stores;
import org.storyline.store.TestPostgres;

/**
 * The check of the scale-out path on real data: a JSONL file published to a local broker,
 * the job at parallelism 2 into a new PostgreSQL database, against the embedded engine's SQLite
 * store of the same file: the same articles, B³ F1 between the two story assignments, and how many
 * entities (canonical name, type and mentions) the two stores share.
 *
 * <p>Runs only when asked, it takes minutes: {@code mvn -B -q -pl storyline-flink -am test
 * -Dtest=CompareFlink -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx3g
 * -Dcompare.data=gva-dev.jsonl}. The report is printed and written to
 * {@code storyline-flink/target/compare-flink.txt}.
 */
@EnabledIfSystemProperty(named = "compare.data", matches = ".+")
class CompareFlink {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @Test
  void compare() throws Exception {
    Path data = Path.of(System.getProperty("compare.data"));
    List<String> report = new ArrayList<>();
    Path embedded = Files.createTempDirectory("storyline-compare").resolve("embedded.db");
    try (Store s = Stores.open(embedded.toString()); Engine engine = Engine.open(s, EngineConfig.defaults())) {
      engine.ingest(List.of(data), IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
    }
    String database = TestPostgres.newDatabase();
    try (TestKafka kafka = TestKafka.start()) {
      int published = JobFixture.publish(kafka, "compare", 2, List.of(data));
      JobSettings settings = JobSettings.of(kafka.target("compare"), database).withParallelism(2)
          .withGroup("compare").asBounded();
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      StorylineJob.configure(env, settings);
      StorylineJob.stories(StorylineJob.analysed(env, settings), settings, StoreOpener.standard());
      JobClient job = env.executeAsync("compare flink");
      job.getJobExecutionResult().get();
      report.add(String.format(Locale.ROOT, "%s: %d documents published; the job at parallelism 2 into PostgreSQL",
          data, published));
    }
    Map<ArticleId, StoryId> streamed = JobFixture.stories(database);
    Map<ArticleId, StoryId> alone = JobFixture.stories(embedded);
    Set<ArticleId> both = new HashSet<>(streamed.keySet());
    both.retainAll(alone.keySet());
    report.add(String.format(Locale.ROOT, "articles: %d streamed, %d embedded, %d in both (each stored once: checked)",
        streamed.size(), alone.size(), both.size()));
    ClusteringScores b3 = JobFixture.b3(streamed, alone);
    report.add(String.format(Locale.ROOT, "stories: %d streamed, %d embedded; B3 P %.4f R %.4f F1 %.4f (streamed against embedded)",
        JobFixture.partition(streamed).size(), JobFixture.partition(alone).size(), b3.b3Precision(), b3.b3Recall(), b3.b3F1()));
    Set<String> e1 = entities(database);
    Set<String> e2 = entities(embedded.toString());
    Set<String> shared = new HashSet<>(e1);
    shared.retainAll(e2);
    report.add(String.format(Locale.ROOT, "entities (name, type, mentions): %d streamed, %d embedded, %d the same (%.1f%% of the embedded)",
        e1.size(), e2.size(), shared.size(), 100.0 * shared.size() / Math.max(1, e2.size())));
    report.forEach(System.out::println);
    Files.write(Path.of("target", "compare-flink.txt"), report);
  }

  private static Set<String> entities(String location) {
    try (Store s = Stores.open(location)) {
      Set<String> out = new HashSet<>();
      for (EntitySummary e : s.entities(0, Integer.MAX_VALUE)) {
        out.add(e.name() + "\t" + e.type() + "\t" + e.mentions());
      }
      return out;
    }
  }
}
