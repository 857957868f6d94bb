package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.storyline.engine.EngineConfig;
import org.storyline.store.StoreDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.JdbcArticleStore;

/**
 * Killing {@code storyline ingest} with SIGKILL at random moments and running it again ends with
 * every article stored exactly once, intact, and the same store (extractions, stories, entities,
 * dates, claims) as one uninterrupted run.
 */
class KilledIngestTest {

  private static final int ARTICLES = 2_000;
  private static final int KILLS = 4;
  private static final int BATCH = EngineConfig.defaults().batchSize();

  /**
   * Seconds after which a run that has not progressed counts as hung: generous, because these guard
   * against a hang, not a slow machine (a shared CI machine may run the ingest several times slower).
   */
  private static final long HANG = 600;

  @TempDir Path dir;

  @Test
  void ingestKilledAtRandomMoments_completesOnRerunWithNoLossAndNoDuplicate() throws Exception {
    Path inputs = writeArticles(dir.resolve("articles"));
    Path store = dir.resolve("store.db");
    long seed = System.nanoTime();
    Random random = new Random(seed);

    // once while the JVM starts, then at random points of the work, each further than the last
    Process starting = startIngest(inputs, store);
    Thread.sleep(random.nextInt(300));
    starting.destroyForcibly().waitFor(); // SIGKILL on Unix
    long target = 0;
    for (int kill = 1; kill < KILLS; kill++) {
      target += 1 + random.nextInt(ARTICLES / KILLS);
      Process ingest = startIngest(inputs, store);
      long seen = waitUntilStored(store, target, ingest);
      ingest.destroyForcibly().waitFor();
      long count = storedCount(store);
      assertThat(count).as("killed mid-way (seed %d)", seed).isGreaterThanOrEqualTo(seen).isLessThan(ARTICLES);
      assertThat(count % BATCH).as("a killed run leaves whole batches (seed %d)", seed).isZero();
    }
    Process last = startIngest(inputs, store);
    assertThat(last.waitFor(HANG, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(new String(last.getErrorStream().readAllBytes())).isZero();

    Path uninterrupted = dir.resolve("uninterrupted.db");
    Process whole = startIngest(inputs, uninterrupted);
    assertThat(whole.waitFor(HANG, TimeUnit.SECONDS)).isTrue();
    Map<String, List<String>> digest = StoreDigest.of(store);
    Map<String, List<String>> expectedDigest = StoreDigest.of(uninterrupted);
    for (String table : expectedDigest.keySet()) {
      assertThat(digest.get(table)).as("%s after kills and a re-run, as after one run (seed %d)", table, seed)
          .isEqualTo(expectedDigest.get(table));
    }

    Map<ArticleId, Article> expected = cleanedInProcess(inputs);
    try (JdbcArticleStore opened = JdbcArticleStore.open(store)) {
      assertThat(opened.count()).as("seed %d", seed).isEqualTo(ARTICLES);
      List<Article> stored = opened.all();
      assertThat(stored).hasSize(ARTICLES);
      for (Article article : stored) {
        Article fresh = expected.get(article.id());
        assertThat(fresh).as("stored article %s was read from the inputs", article.id()).isNotNull();
        assertThat(article.text()).isEqualTo(fresh.text());
        assertThat(article.source()).isEqualTo(fresh.source());
      }
    }
  }

  /** Polls the store until it holds {@code target} articles; returns the count seen. */
  private static long waitUntilStored(Path store, long target, Process ingest) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG);
    while (System.nanoTime() < deadline && ingest.isAlive()) {
      long count = storedCount(store);
      if (count >= target) {
        return count;
      }
      Thread.sleep(5);
    }
    String why = ingest.isAlive() ? "stalled" : "ended with status " + ingest.exitValue() + ": " + stderrOf(ingest);
    throw new AssertionError("ingest " + why + " before storing " + target + " articles");
  }

  private static String stderrOf(Process process) {
    try {
      return new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "(stderr unreadable: " + e.getMessage() + ")";
    }
  }

  /** The article count, read as another process would while the writer runs. */
  private static long storedCount(Path store) {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true); // never creates the file under the writer
    try (Connection c = readOnly.createConnection("jdbc:sqlite:" + store);
        ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
      return r.getLong(1);
    } catch (SQLException e) {
      return 0; // the writer has not created the tables yet
    }
  }

  private static Process startIngest(Path inputs, Path store) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "ingest", inputs.toString(), "--store", store.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  private static Path writeArticles(Path folder) throws IOException {
    Files.createDirectories(folder);
    Random words = new Random(7);
    String[] vocabulary = {"talks", "officials", "border", "troops", "minister", "statement", "Geneva", "allies",
        "sanctions", "call", "Monday", "embassy", "security", "diplomacy", "briefing", "reporters"};
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder text = new StringBuilder(String.format(" date 2022-01-%02d ", 1 + i % 28));
      for (int p = 0; p < 4; p++) {
        text.append("Article ").append(i).append(", paragraph ").append(p).append(':');
        for (int w = 0; w < 40; w++) {
          text.append(' ').append(vocabulary[words.nextInt(vocabulary.length)]);
        }
        text.append(".\n\n");
      }
      Files.writeString(folder.resolve(String.format("%05d.txt", i)), text);
    }
    return folder;
  }

  private static Map<ArticleId, Article> cleanedInProcess(Path inputs) {
    Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1);
    Map<ArticleId, Article> out = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (File f : inputs.toFile().listFiles()) {
      pipeline.cleanFile(f.toPath(), p -> problems.add(p.toString())).forEach(a -> out.put(a.id(), a));
    }
    assertThat(problems).isEmpty();
    assertThat(out).hasSize(ARTICLES);
    return out;
  }
}
