package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;

/**
 * Kills a writing process ({@link CrashWriter}) with SIGKILL while it writes a batch to a store (a
 * SQLite file, a PostgreSQL database), several times, and checks that the store keeps whole batches only; then lets it finish and checks that
 * every article is there intact.
 *
 * <p>The writer waits for a line on its stdin before each batch. The test lets it commit a random
 * number of batches, releases one more, and kills it after a random pause of up to one and a half
 * times the last batch's duration: so the kill falls before, inside or just after that batch's
 * transaction (its commit and fsync included), and the writer can never finish early.
 */
class CrashSafetyTest {

  private static final int TOTAL = 2_000;
  private static final int BATCH = 50;
  private static final int KILLS = 5;

  @TempDir Path dir;

  @StoreKind.Each
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void add_killedWhileWriting_keepsWholeBatchesAndEndsComplete(StoreKind kind) throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String file = kind.newStore(dir, "crash.db");
    List<String> history = new ArrayList<>();
    long lastCount = 0;

    for (int kill = 0; kill < KILLS; kill++) {
      Process child = start(file);
      int released = 1 + random.nextInt(3);
      long pause;
      try (BufferedReader out = reader(child); OutputStream in = child.getOutputStream()) {
        long lastNanos = 0;
        for (int b = 0; b < released; b++) {
          lastNanos = release(in, out, seed);
        }
        pause = (long) (random.nextDouble() * 1.5 * lastNanos);
        in.write('\n');
        in.flush(); // the batch the kill falls on
        LockSupport.parkNanos(pause);
        assertThat(child.isAlive()).as("writer alive at kill %d (seed %d); stderr: %s", kill, seed, stderr()).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      }

      try (JdbcArticleStore store = JdbcArticleStore.at(file)) {
        long count = store.count();
        history.add(String.format("kill %d: %d batches + %.1f ms -> %d articles", kill, released, pause / 1e6, count));
        assertThat(count % BATCH).as("whole batches only (seed %d, %s)", seed, history).isZero();
        assertThat(count).as("progress (seed %d, %s)", seed, history)
            .isBetween(lastCount + (long) released * BATCH, lastCount + (released + 1L) * BATCH);
        lastCount = count;
      }
    }

    Process last = start(file);
    last.getOutputStream().close(); // run freely
    last.getInputStream().transferTo(OutputStream.nullOutputStream());
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).as("writer finished").isTrue();
    assertThat(last.exitValue()).as("writer exit; stderr: %s", stderr()).isZero();

    try (JdbcArticleStore store = JdbcArticleStore.at(file)) {
      assertThat(store.count()).as("seed %d, %s", seed, history).isEqualTo(TOTAL);
      for (int n = 0; n < TOTAL; n++) {
        Article expected = TestArticles.generated(n);
        Article stored = store.get(expected.id()).orElseThrow(() -> new AssertionError("article missing"));
        assertThat(stored.text()).isEqualTo(expected.text());
        assertThat(stored).isEqualTo(expected);
      }
    }
  }

  /** Lets the writer do one batch and waits for its commit; returns how long the batch took. */
  private long release(OutputStream in, BufferedReader out, long seed) throws IOException {
    in.write('\n');
    in.flush();
    String line = out.readLine();
    assertThat(line).as("writer's report (seed %d); stderr: %s", seed, stderr()).startsWith("committed ");
    return Long.parseLong(line.split(" ")[2]);
  }

  private Process start(String file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
        file, String.valueOf(TOTAL), String.valueOf(BATCH))
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }

  private String stderr() throws IOException {
    Path err = dir.resolve("stderr.txt");
    return Files.exists(err) ? Files.readString(err) : "";
  }
}
