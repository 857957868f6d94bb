package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.search.SearchQuery;

/** Searches from several threads while the index follows a growing store. */
class ConcurrentSearchTest {

  @TempDir Path dir;

  @Test
  void searchesDuringSyncs_neverFail_andNeverSeeTheIndexShrink() throws Exception {
    MemorySource store = new MemorySource("store");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicBoolean done = new AtomicBoolean();
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
      index.sync(store.put(ArticleSearchContractTest.TROOPS));
      List<Future<Long>> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(pool.submit(() -> {
          long last = 0;
          long searches = 0;
          while (!done.get()) {
            long total = index.search(SearchQuery.of("border OR flooded")).total();
            assertThat(total).isGreaterThanOrEqualTo(last);
            last = total;
            searches++;
          }
          return searches;
        }));
      }
      IndexedArticle[] more = {ArticleSearchContractTest.DECLARES, ArticleSearchContractTest.FLOODING, ArticleSearchContractTest.TALKS};
      for (IndexedArticle a : more) {
        index.sync(store.put(a));
        assertThat(index.search(SearchQuery.of("border OR flooded")).total()).as("seen once synced").isGreaterThan(0);
      }
      done.set(true);
      for (Future<Long> r : readers) {
        assertThat(r.get(30, TimeUnit.SECONDS)).isPositive();
      }
      assertThat(index.search(SearchQuery.of("border OR flooded")).total()).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
  }
}
