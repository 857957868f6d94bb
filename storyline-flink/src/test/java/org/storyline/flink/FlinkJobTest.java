package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.engine.Store;
import org.storyline.engine.StoreWriter;
import org.storyline.extract.Extractor;
import org.storyline.kafka.TestKafka;
import org.storyline.model.ArticleId;
import org.storyline.model.StoryId;
import org.storyline.store.NewsFixture;
import org.storyline.store.Stores;
import org.storyline.store.TestPostgres;

/**
 * The job on Flink's MiniCluster, reading from a real KRaft broker and writing to a store: every
 * published article stored once, the stories those of the embedded engine on the same input; and
 * the same after a failure of the job, of its task manager, of the broker and of the store (a
 * database refusing commits, a PostgreSQL server stopped), each in the middle of the stream.
 */
class FlinkJobTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static TestKafka kafka;
  private static Path work;
  private static List<Path> inputs;
  private static Map<ArticleId, StoryId> embedded;
  private static int published;

  @BeforeAll
  static void publishAndRunTheEmbeddedEngine() throws Exception {
    kafka = TestKafka.start();
    work = Files.createTempDirectory("storyline-flink");
    inputs = NewsFixture.write(work.resolve("news"), 16, 5, 7);
    published = JobFixture.publish(kafka, "news", 1, inputs);
    Path store = work.resolve("embedded.db");
    JobFixture.embedded(store, inputs, Extractor.withDefaults());
    embedded = JobFixture.stories(store);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    kafka.close();
  }

  @Test
  void job_atParallelism1_storesEachArticleOnce_andTheEmbeddedEnginesStories(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("p1.db");
    JobFixture.await(JobFixture.start(JobFixture.settings(kafka, "news", store, 1), StoreOpener.standard(), s -> s));
    Map<ArticleId, StoryId> stories = JobFixture.stories(store);
    assertThat(published).isEqualTo(80);
    assertThat(stories.keySet()).isEqualTo(embedded.keySet()).hasSize(published);
    assertThat(JobFixture.partition(stories)).isEqualTo(JobFixture.partition(embedded));
  }

  @Test
  void job_intoPostgreSQL_storesTheEmbeddedEnginesArticlesAndStories() throws Exception {
    String db = TestPostgres.newDatabase(); // skipped, with the reason, where no PostgreSQL can be had (failed under CI)
    JobFixture.await(JobFixture.start(JobFixture.settings(kafka, "news", db, 1), StoreOpener.standard(), s -> s));
    Map<ArticleId, StoryId> stories = JobFixture.stories(db);
    assertThat(stories.keySet()).isEqualTo(embedded.keySet()).hasSize(published);
    assertThat(JobFixture.partition(stories)).isEqualTo(JobFixture.partition(embedded));
  }

  @Test
  void job_atParallelism2_givesTheEmbeddedEnginesStories(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("p2.db");
    JobFixture.await(JobFixture.start(JobFixture.settings(kafka, "news", store, 2), StoreOpener.standard(), s -> s));
    Map<ArticleId, StoryId> stories = JobFixture.stories(store);
    assertThat(stories.keySet()).isEqualTo(embedded.keySet());
    // two subtasks pass articles on interleaved; put back in topic order, they make p=1's batches
    assertThat(JobFixture.partition(stories)).isEqualTo(JobFixture.partition(embedded));
  }

  @Test
  void job_failingOnceMidStream_restoresFromItsCheckpoint_andStoresTheSame(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("failed.db");
    FailOnce.reset(published / 2);
    JobFixture.await(JobFixture.start(JobFixture.settings(kafka, "news", store, 1), StoreOpener.standard(),
        s -> s.map(new FailOnce()).returns(s.getType())));
    assertThat(FailOnce.failed).isTrue();
    assertSameAsEmbedded(store);
  }

  @Test
  void job_withTheBrokerStoppedMidStream_goesOnWhenItIsBack_andStoresTheSame(@TempDir Path dir) throws Exception {
    // the job reads on (unbounded) while the broker is down; the second half is published once it is back
    Path store = dir.resolve("broker.db");
    int half = inputs.size() / 2;
    JobFixture.publish(kafka, "halves", 1, inputs.subList(0, half));
    JobSettings settings = JobFixture.settings(kafka, "halves", store, 1);
    settings = new JobSettings(settings.from(), settings.store(), 1, settings.batchSize(), settings.flushMillis(),
        settings.checkpointMillis(), settings.group(), false, settings.restartAttempts());
    JobClient job = JobFixture.start(settings, StoreOpener.standard(), s -> s);
    try {
      awaitStored(store, half);
      kafka.stopBroker();
      Thread.sleep(3_000);
      kafka.startBroker();
      JobFixture.publishMore(kafka, "halves", inputs.subList(half, inputs.size()));
      awaitStored(store, published);
    } finally {
      JobFixture.cancel(job);
    }
    assertSameAsEmbedded(store);
  }

  @Test
  void job_withTheStoreUnreachableForSeconds_restartsUntilItIsBack_andStoresTheSame(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("flaky.db");
    Unreachable.until = 0;
    Unreachable.opened.set(0);
    JobClient job = JobFixture.start(JobFixture.settings(kafka, "news", store, 1), new Unreachable(), s -> s);
    awaitStored(store, 2 * JobFixture.BATCH);
    Unreachable.until = System.currentTimeMillis() + 3_000;
    JobFixture.await(job);
    assertThat(Unreachable.opened.get()).as("the store was opened again after failures").isGreaterThan(1);
    assertSameAsEmbedded(store);
  }

  @Test
  void job_intoPostgreSQL_withTheServerStoppedMidStream_goesOnWhenItIsBack_andStoresTheSame(
      @InjectMiniCluster MiniCluster cluster) throws Exception {
    try (TestPostgres.Own postgres = TestPostgres.ownServer()) {
      String db = postgres.newDatabase();
      JobClient job = JobFixture.start(JobFixture.settings(kafka, "news", db, 1), StoreOpener.standard(), s -> s);
      awaitStored(() -> JobFixture.articleCount(db), 2 * JobFixture.BATCH);
      postgres.stop(); // as a crash: the job's connection breaks mid-batch, opening fails until it is back
      Thread.sleep(3_000);
      postgres.start();
      JobFixture.await(job);
      assertRestarted(cluster, job);
      assertSameAsEmbedded(db);
    }
  }

  @Test
  void job_losingItsTaskManagerMidStream_restoresOnANewOne_andStoresTheSame(@TempDir Path dir,
      @InjectMiniCluster MiniCluster cluster) throws Exception {
    Path store = dir.resolve("taskmanager.db");
    JobClient job = JobFixture.start(JobFixture.settings(kafka, "news", store, 1), StoreOpener.standard(), s -> s);
    awaitStored(store, 2 * JobFixture.BATCH);
    cluster.terminateTaskManager(0).get(1, TimeUnit.MINUTES);
    cluster.startTaskManager(); // the job restarts from its last checkpoint once it has slots again
    JobFixture.await(job);
    assertRestarted(cluster, job);
    assertSameAsEmbedded(store);
  }

  /** The fault really hit the job: it went through a restart (not finished before the fault). */
  private static void assertRestarted(MiniCluster cluster, JobClient job) throws Exception {
    long restarting = cluster.getArchivedExecutionGraph(job.getJobID()).get(1, TimeUnit.MINUTES)
        .getStatusTimestamp(JobStatus.RESTARTING);
    assertThat(restarting).as("the job restarted after the fault").isPositive();
  }

  private static void assertSameAsEmbedded(Path store) {
    assertSameAsEmbedded(store.toString());
  }

  private static void assertSameAsEmbedded(String store) {
    Map<ArticleId, StoryId> stories = JobFixture.stories(store);
    assertThat(stories.keySet()).isEqualTo(embedded.keySet()).hasSize(published);
    assertThat(JobFixture.partition(stories)).isEqualTo(JobFixture.partition(embedded));
  }

  /** Waits (3 minutes at most) until the store holds at least {@code n} articles. */
  private static void awaitStored(Path store, int n) throws InterruptedException {
    awaitStored(() -> Files.exists(store) ? JobFixture.articleCount(store) : 0, n);
  }

  /** Waits (3 minutes at most) until {@code count} says at least {@code n}; a count that fails is 0. */
  private static void awaitStored(LongSupplier count, int n) throws InterruptedException {
    long end = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < end && countOrZero(count) < n) {
      Thread.sleep(50);
    }
  }

  private static long countOrZero(LongSupplier count) {
    try {
      return count.getAsLong();
    } catch (RuntimeException e) { // the store not made yet by the job
      return 0;
    }
  }

  /** Passes records on, and throws once, at the record {@code after}: the job fails and is restored. */
  static final class FailOnce implements MapFunction<byte[], byte[]> {
    static final AtomicInteger seen = new AtomicInteger();
    static volatile int after;
    static volatile boolean failed;

    static void reset(int n) {
      seen.set(0);
      after = n;
      failed = false;
    }

    @Override
    public byte[] map(byte[] value) {
      if (seen.incrementAndGet() == after && !failed) {
        failed = true;
        throw new IllegalStateException("failing once, as the test asks, after " + after + " records");
      }
      return value;
    }
  }

  /**
   * The standard store, unreachable (opening it and committing to it throw) until {@link #until}:
   * what a database down for a few seconds looks like to the job.
   */
  static final class Unreachable implements StoreOpener {
    static volatile long until;
    static final AtomicInteger opened = new AtomicInteger();

    @Override
    public Store open(String location) {
      check();
      opened.incrementAndGet();
      Store store = Stores.open(location);
      return proxy(Store.class, store, (self, m, args) -> m.getName().equals("writer")
          ? proxy(StoreWriter.class, store.writer(), (w, wm, wargs) -> {
            if (wm.getName().equals("commit")) {
              check();
            }
            return invoke(wm, store.writer(), wargs);
          })
          : invoke(m, store, args));
    }

    private static void check() {
      if (System.currentTimeMillis() < until) {
        throw new IllegalStateException("the store is unreachable (as the test asks)");
      }
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler h) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
