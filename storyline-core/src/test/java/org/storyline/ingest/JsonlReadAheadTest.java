package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file is read several lines ahead on a pool; what the reader hands on must still come
 * on the calling thread, line by line in file order, each line's warning before its document.
 */
class JsonlReadAheadTest {

  @TempDir Path dir;

  @Test
  void readAhead_handsOnEveryLineInOrder_onTheCallingThread() throws IOException {
    StringBuilder file = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 400; i++) {
      if (i % 7 == 0) {
        file.append("{not json\n");
        expected.add(i + " problem");
      } else if (i % 5 == 0) {
        file.append("{\"text\": \"Report ").append(i).append(" of a shooting.\", \"date\": \"2021-02-30\"}\n");
        expected.add(i + " problem"); // the impossible date is warned of before the document
        expected.add(i + " document");
      } else {
        // lines of very different sizes, so that later lines often finish first
        file.append("{\"text\": \"Report ").append(i).append(". ").append("Word ".repeat(i % 3 == 0 ? 4000 : 1)).append("\"}\n");
        expected.add(i + " document");
      }
    }
    Path input = dir.resolve("news.jsonl");
    Files.writeString(input, file, StandardCharsets.UTF_8);
    Thread caller = Thread.currentThread();
    List<String> seen = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    Ingestor.withDefaults().readFile(input, d -> {
      threads.add(Thread.currentThread());
      seen.add(d.origin().record() + " document");
    }, p -> {
      threads.add(Thread.currentThread());
      seen.add(p.origin().record() + " problem");
    });
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(threads).allMatch(t -> t == caller);
  }
}
