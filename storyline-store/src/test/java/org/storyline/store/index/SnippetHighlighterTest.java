package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.search.Snippet;

/**
 * {@link SnippetHighlighter} does Lucene's per-document work once a segment: its snippets must be
 * those of Lucene's own highlighter, on an index of several segments (a weight made for one
 * segment and asked about another's documents would find nothing, or the wrong words).
 */
class SnippetHighlighterTest {

  @TempDir Path dir;

  /** The five articles of the contract test, one sync (one segment) each. */
  private FacetSearcher searcher() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
      MemorySource store = new MemorySource("store");
      for (IndexedArticle a : List.of(ArticleSearchContractTest.TROOPS, ArticleSearchContractTest.DECLARES,
          ArticleSearchContractTest.FLOODING, ArticleSearchContractTest.DELAYED, ArticleSearchContractTest.TALKS)) {
        index.sync(store.put(a));
      }
    }
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
    return (FacetSearcher) FacetSearcher.factory(Fields.facetsConfig()).newSearcher(reader, null);
  }

  @Test
  void theIndexHasSeveralSegments() throws IOException {
    FacetSearcher s = searcher();
    assertThat(s.getIndexReader().leaves()).hasSizeGreaterThanOrEqualTo(3);
    s.getIndexReader().close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"border", "\"state of emergency\"", "troops OR valencia OR talks", "title:talks", "emerg*",
      "ukraine AND NOT flooding", "outlet:ap", "entity:russia OR rain"})
  void snippetsAreLuceneHighlighters(String text) throws IOException {
    FacetSearcher s = searcher();
    Analyzer analyzer = Fields.analyzer();
    Query query = QueryReader.read(text, analyzer);
    int[] docs = Arrays.stream(s.search(query, 10).scoreDocs).mapToInt((ScoreDoc d) -> d.doc).toArray();
    Map<Integer, Document> read = new HashMap<>();
    for (int doc : docs) {
      read.put(doc, s.storedFields().document(doc));
    }

    List<List<Snippet>> ours = SnippetHighlighter.snippets(s, analyzer, query, docs, read, LuceneSearch.PASSAGES);

    assertThat(docs).isNotEmpty();
    assertThat(ours).isEqualTo(Stock.snippets(s, analyzer, query, docs));
    s.getIndexReader().close();
  }

  /** Lucene's highlighter as it comes, with the same formatter and passages. */
  private static final class Stock extends UnifiedHighlighter {

    private Stock(Builder b) {
      super(b);
    }

    @SuppressWarnings("unchecked")
    static List<List<Snippet>> snippets(IndexSearcher s, Analyzer analyzer, Query query, int[] docs) throws IOException {
      Stock h = new Stock(UnifiedHighlighter.builder(s, analyzer).withFormatter(new SnippetFormatter()).withMaxNoHighlightPassages(1));
      List<List<Snippet>> out = new ArrayList<>();
      for (Object o : h.highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docs, new int[] {LuceneSearch.PASSAGES})
          .get(Fields.TEXT)) {
        out.add(o == null ? List.of() : (List<Snippet>) o);
      }
      return out;
    }
  }
}
