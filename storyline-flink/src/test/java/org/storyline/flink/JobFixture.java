package org.storyline.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.eval.ClusteringScores;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.kafka.DocumentPublisher;
import org.storyline.kafka.TestKafka;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.pipeline.PipelineListener;
import org.storyline.store.Stores;

/** What the job tests share: publishing a fixture, running the job, reading what a store holds. */
final class JobFixture {

  static final int BATCH = 20;

  private JobFixture() {}

  /** Publishes every document of {@code inputs} on a new topic of {@code partitions}; returns how many. */
  static int publish(TestKafka kafka, String topic, int partitions, List<Path> inputs) throws Exception {
    kafka.createTopic(topic, partitions);
    return publishMore(kafka, topic, inputs);
  }

  /**
   * Publishes every document of {@code inputs} on an existing topic; returns how many. A send that
   * fails (right after a broker restart, a producer may time out on a partition that had no leader
   * yet) is tried once more with the whole input, as a user runs {@code ingest --to} again: messages
   * are keyed by content id and the engine stores an article once however often it is read.
   */
  static int publishMore(TestKafka kafka, String topic, List<Path> inputs) throws Exception {
    List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int attempt = 1; ; attempt++) {
      problems.clear();
      try (DocumentPublisher p = DocumentPublisher.open(kafka.target(topic))) {
        DocumentPublisher.Counts counts = p.publishFiles(inputs, IngestOptions.defaults(), new PipelineListener() {
          @Override
          public void problem(org.storyline.model.Problem problem) {
            problems.add(problem.toString());
          }
        });
        if (counts.acknowledged() == counts.sent()) {
          return counts.acknowledged();
        }
        if (attempt == 2) {
          throw new IllegalStateException("not every document was published, twice: " + counts + "; first problems: "
              + problems.stream().limit(3).toList());
        }
      }
    }
  }

  /**
   * The settings of a test run: bounded, batches of {@link #BATCH}, a checkpoint every 200 ms, no
   * timer flush, a consumer group of its own (a group's committed offsets are where a new job starts).
   */
  static JobSettings settings(TestKafka kafka, String topic, Path store, int parallelism) {
    return settings(kafka, topic, store.toString(), parallelism);
  }

  static JobSettings settings(TestKafka kafka, String topic, String store, int parallelism) {
    return JobSettings.of(kafka.target(topic), store).withParallelism(parallelism).withBatchSize(BATCH)
        .withCheckpointMillis(200).withFlushMillis(600_000).withGroup("test-" + GROUPS.incrementAndGet()).asBounded();
  }

  private static final java.util.concurrent.atomic.AtomicInteger GROUPS = new java.util.concurrent.atomic.AtomicInteger();

  /** Runs the job to its end; {@code between} may put a stage between the per-article part and the stateful one. */
  static JobClient start(JobSettings settings, StoreOpener opener, java.util.function.UnaryOperator<DataStream<byte[]>> between)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    StorylineJob.configure(env, settings);
    StorylineJob.stories(between.apply(StorylineJob.analysed(env, settings)), settings, opener);
    return env.executeAsync("storyline test");
  }

  static void await(JobClient job) throws Exception {
    job.getJobExecutionResult().get(3, TimeUnit.MINUTES);
  }

  /**
   * Cancels {@code job} and waits until it has stopped: the cancel's answer comes before the tasks
   * have closed their stores, whose files a test's folder must not hold when it is deleted.
   */
  static void cancel(JobClient job) throws Exception {
    job.cancel().get(1, TimeUnit.MINUTES);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!job.getJobStatus().get(1, TimeUnit.MINUTES).isGloballyTerminalState()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the job did not stop within a minute of its cancel");
      }
      Thread.sleep(50);
    }
  }

  /** The embedded engine's store of the same inputs, in batches of {@link #BATCH}. */
  static void embedded(Path store, List<Path> inputs, Extractor extractor) {
    try (Store s = Stores.open(store.toString());
        Engine engine = Engine.open(s, EngineConfig.defaults().withBatchSize(BATCH).withThreads(2).withExtractor(() -> extractor))) {
      engine.ingest(inputs, IngestOptions.defaults(), PipelineListener.SILENT, a -> {});
    }
  }

  /** Each stored article's story, by article; the article ids listed once each as stored. */
  static Map<ArticleId, StoryId> stories(Path store) {
    return stories(store.toString());
  }

  /** The same, of the store at {@code location} (a file path or a JDBC address). */
  static Map<ArticleId, StoryId> stories(String location) {
    try (Store s = Stores.open(location)) {
      Map<ArticleId, StoryId> out = new HashMap<>();
      List<Article> articles = s.articles(0, Integer.MAX_VALUE);
      for (Article a : articles) {
        if (out.put(a.id(), s.storyOf(a.id()).orElseThrow()) != null) {
          throw new IllegalStateException(a.id() + " is stored twice");
        }
      }
      return out;
    }
  }

  static long articleCount(Path store) {
    return articleCount(store.toString());
  }

  /** How many articles the store at {@code location} (a file path or a JDBC address) holds. */
  static long articleCount(String location) {
    try (Store s = Stores.open(location)) {
      return s.articleCount();
    }
  }

  /** The stories as sets of articles: equal for two stores that cluster alike, whatever their stories' ids. */
  static Set<Set<ArticleId>> partition(Map<ArticleId, StoryId> stories) {
    Map<StoryId, Set<ArticleId>> by = new HashMap<>();
    stories.forEach((a, s) -> by.computeIfAbsent(s, k -> new HashSet<>()).add(a));
    return new HashSet<>(by.values());
  }

  /** B³ of {@code predicted} against {@code gold} over the articles of {@code gold}. */
  static ClusteringScores b3(Map<ArticleId, StoryId> predicted, Map<ArticleId, StoryId> gold) {
    List<StoryId> p = new ArrayList<>();
    List<StoryId> g = new ArrayList<>();
    gold.forEach((a, s) -> {
      p.add(predicted.get(a));
      g.add(s);
    });
    return ClusteringScores.of(p, g);
  }
}
