package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
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
      Facets ours = FacetCounts.counts(FacetOrdinals.of(state), hits);
      for (String dim : List.of(Fields.OUTLET_FACET, Fields.ENTITY_FACET, Fields.MONTH_FACET)) {
        for (int top : new int[] {1, 2, 20}) {
          assertThat(string(ours.getTopChildren(top, dim))).as("%s top %d", dim, top).isEqualTo(string(lucene.getTopChildren(top, dim)));
        }
        assertThat(string(ours.getAllChildren(dim))).as(dim).isEqualTo(string(lucene.getAllChildren(dim)));
      }
    }
  }

  /**
   * Counting only the values met, with count arrays lent from one counting to the next, gives
   * Lucene's dense counts: random documents (an outlet, up to six entities of sixty, a month) in
   * several segments, with deletions, counted for random subsets of them, one after another with
   * the same ordinals (a count array not zeroed after its counting would show in the next).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void sparseCountsAreLucenesDenseOnes(long seed) throws IOException {
    Random random = new Random(seed);
    FacetsConfig config = Fields.facetsConfig();
    try (FSDirectory directory = FSDirectory.open(dir.resolve("random"));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int doc = 0; doc < 600; doc++) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(doc), Field.Store.NO));
        d.add(new StringField("tag", Integer.toString(random.nextInt(8)), Field.Store.NO));
        if (random.nextInt(4) > 0) {
          d.add(new SortedSetDocValuesFacetField(Fields.OUTLET_FACET, "outlet" + random.nextInt(12)));
        }
        for (int e = random.nextInt(7); e > 0; e--) {
          d.add(new SortedSetDocValuesFacetField(Fields.ENTITY_FACET, "entity" + (int) Math.abs(random.nextGaussian() * 20) % 60));
        }
        d.add(new SortedSetDocValuesFacetField(Fields.MONTH_FACET, "2021-" + (10 + random.nextInt(3))));
        writer.addDocument(config.build(d));
        if (doc % 150 == 149) {
          writer.commit(); // a segment each 150 documents
        }
      }
      writer.deleteDocuments(new Term("id", "7"), new Term("id", "300"));
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("random")))) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      IndexSearcher s = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
      FacetOrdinals ordinals = FacetOrdinals.of(state);
      for (int round = 0; round < 20; round++) {
        BooleanQuery.Builder tags = new BooleanQuery.Builder();
        for (int t = random.nextInt(4); t >= 0; t--) {
          tags.add(new TermQuery(new Term("tag", Integer.toString(random.nextInt(8)))), BooleanClause.Occur.SHOULD);
        }
        FacetsCollector hits = s.search(tags.build(), new FacetsCollectorManager());
        Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
        Facets ours = FacetCounts.counts(ordinals, hits);
        for (String dim : List.of(Fields.OUTLET_FACET, Fields.ENTITY_FACET, Fields.MONTH_FACET)) {
          for (int top : new int[] {1, 3, 20, 100}) {
            assertThat(string(ours.getTopChildren(top, dim))).as("seed %d round %d %s top %d", seed, round, dim, top)
                .isEqualTo(string(lucene.getTopChildren(top, dim)));
          }
          assertThat(string(ours.getAllChildren(dim))).as("seed %d round %d %s", seed, round, dim)
              .isEqualTo(string(lucene.getAllChildren(dim)));
        }
      }
    }
  }

  private static String string(FacetResult r) {
    return r == null ? "none" : r.toString();
  }
}
