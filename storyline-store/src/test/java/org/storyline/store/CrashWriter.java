package org.storyline.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The child process of {@link CrashSafetyTest}: adds {@code total} {@link TestArticles#generated}
 * articles to a store in batches. Before each batch it reads a line from stdin, so the test can
 * hold it between batches; once stdin is closed it runs freely. After each commit it prints
 * {@code committed <batch number> <nanoseconds the batch took>}, and {@code done} at the end.
 * Restarted after a kill, it resumes from the store's count (a batch stored already would be
 * skipped anyway).
 *
 * <p>Usage: {@code CrashWriter <store file or database address> <total> <batch size>}
 */
public final class CrashWriter {

  private CrashWriter() {}

  public static void main(String[] args) throws IOException {
    String location = args[0];
    int total = Integer.parseInt(args[1]);
    int batchSize = Integer.parseInt(args[2]);
    BufferedReader go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    boolean gated = true;
    try (JdbcArticleStore store = JdbcArticleStore.at(location)) {
      for (int from = (int) (store.count() / batchSize) * batchSize; from < total; from += batchSize) {
        gated = gated && go.readLine() != null;
        long start = System.nanoTime();
        store.add(TestArticles.generated(from, Math.min(total, from + batchSize)));
        System.out.println("committed " + (from / batchSize + 1) + " " + (System.nanoTime() - start));
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
