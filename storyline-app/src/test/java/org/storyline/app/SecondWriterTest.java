package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** While one process ingests into a store, a second writer is refused in one line and readers go on. */
class SecondWriterTest {

  @TempDir Path dir;

  @Test
  void aSecondIngest_isRefusedWithOneLine_whileReadersKeepWorking() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 3_000; i++) {
      Files.writeString(inputs.resolve(String.format("%05d.txt", i)), String.format(
          " date 2022-01-%02d\nReport %d. Officials in Geneva met on Monday about the border, security and sanctions. "
              + "The ministers of %d countries spoke to reporters after the talks.%n", 1 + i % 28, i, i % 40));
    }
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("a.txt"), " date 2022-01-10\nJoe Biden met Emmanuel Macron in Paris on Monday.\n");
    Path store = dir.resolve("s.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", inputs.toString(), "--store", store.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (storedCount(store) == 0 && writer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(writer.isAlive()).as("the first ingest is still writing").isTrue();

      Cli.Run second = Cli.run("ingest", other.toString(), "--store", store.toString());
      assertThat(second.status()).isEqualTo(1);
      assertThat(second.err().strip()).doesNotContain("\n")
          .contains(store.toString(), "another process is writing to this store");

      Cli.Run reader = Cli.run("stories", "--store", store.toString());
      assertThat(reader.status()).as(reader.err()).isZero();
    } finally {
      writer.destroyForcibly().waitFor();
    }
  }

  private static long storedCount(Path store) {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try (Connection c = readOnly.createConnection("jdbc:sqlite:" + store);
        ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
      return r.getLong(1);
    } catch (Exception e) {
      return 0;
    }
  }
}
