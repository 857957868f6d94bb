package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FacetCounts} gives Lucene's counts, top values (ties included) and all values, on an index of several segments. */
class FacetCountsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "border", "ukraine OR rain", "nothingmatches"})
  void countsAreLucenes(String text) throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
      MemorySource store = new MemorySource("store");
      for (IndexedArticle a : List.of(ArticleSearchContractTest.TROOPS, ArticleSearchContractTest.DECLARES,
          ArticleSearchContractTest.FLOODING, ArticleSearchContractTest.DELAYED, ArticleSearchContractTest.TALKS)) {
        index.sync(store.put(a));
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      IndexSearcher s = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
      FacetsCollector hits = s.search(QueryReader.read(text, Fields.analyzer()), new FacetsCollectorManager());
      Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
      Facets ours = FacetCounts.counts(state, hits);
      for (String dim : List.of(Fields.OUTLET_FACET, Fields.ENTITY_FACET, Fields.MONTH_FACET)) {
        for (int top : new int[] {1, 2, 20}) {
          assertThat(string(ours.getTopChildren(top, dim))).as("%s top %d", dim, top).isEqualTo(string(lucene.getTopChildren(top, dim)));
        }
        assertThat(string(ours.getAllChildren(dim))).as(dim).isEqualTo(string(lucene.getAllChildren(dim)));
      }
    }
  }

  private static String string(FacetResult r) {
    return r == null ? "none" : r.toString();
  }
}
