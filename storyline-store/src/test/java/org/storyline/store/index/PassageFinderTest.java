package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.search.Snippet;

/**
 * {@link PassageFinder} does what Lucene's {@link UnifiedHighlighter} does, with the sentence
 * boundaries found at indexing and one weight a search: its snippets must be those of Lucene's own
 * highlighter (given the same text and formatter), on an index of several segments (a weight asked
 * about another segment's documents would find nothing, or the wrong words).
 */
class PassageFinderTest {

  @TempDir Path dir;

  /** The five articles of the contract test, one sync (one segment) each. */
  private IndexSearcher searcher() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
      MemorySource store = new MemorySource("store");
      for (IndexedArticle a : List.of(ArticleSearchContractTest.TROOPS, ArticleSearchContractTest.DECLARES,
          ArticleSearchContractTest.FLOODING, ArticleSearchContractTest.DELAYED, ArticleSearchContractTest.TALKS)) {
        index.sync(store.put(a));
      }
    }
    return new IndexSearcher(DirectoryReader.open(FSDirectory.open(dir.resolve("index"))));
  }

  @Test
  void theIndexHasSeveralSegments() throws IOException {
    IndexSearcher s = searcher();
    assertThat(s.getIndexReader().leaves()).hasSizeGreaterThanOrEqualTo(3);
    s.getIndexReader().close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"border", "\"state of emergency\"", "troops OR valencia OR talks", "title:talks", "emerg*",
      "ukraine AND NOT flooding", "outlet:ap", "entity:russia OR rain", "border OR \"state of emergency\" OR ukraine"})
  void snippetsAreLuceneHighlighters(String text) throws IOException {
    IndexSearcher s = searcher();
    Analyzer analyzer = Fields.analyzer();
    Query query = QueryReader.read(text, analyzer);
    int[] docs = Arrays.stream(s.search(query, 10).scoreDocs).mapToInt((ScoreDoc d) -> d.doc).toArray();

    PassageFinder finder = new PassageFinder(s, query, LuceneSearch.PASSAGES);
    List<List<Snippet>> ours = new ArrayList<>();
    for (int doc : docs) {
      LeafReaderContext leaf = s.getIndexReader().leaves().get(ReaderUtil.subIndex(doc, s.getIndexReader().leaves()));
      IndexedText t = body(s, doc);
      ours.add(SnippetFormatter.format(finder.passages(leaf, doc - leaf.docBase, t), t));
    }

    assertThat(docs).isNotEmpty();
    assertThat(ours).isEqualTo(Stock.snippets(s, analyzer, query, docs));
    s.getIndexReader().close();
  }

  @Test
  void boundaries_areTheSentenceIteratorsForward() {
    IndexedText t = IndexedText.decode(IndexedText.encode("One. Two words here! Three?  Four"));
    assertThat(t.text()).isEqualTo("One. Two words here! Three?  Four");
    assertThat(t.firstSentenceEnd()).isEqualTo(5);
    assertThat(t.preceding(5)).isZero();
    assertThat(t.preceding(6)).isEqualTo(5);
    assertThat(t.following(5)).isEqualTo(21);
    assertThat(t.following(4)).isEqualTo(5);
    assertThat(t.following(30)).isEqualTo(t.length());
  }

  @Test
  void slice_isTheSubstring_inAnyOrder() {
    String text = "Plain “quoted” caf\u00e9, \u20ac5 and \uD83D\uDE00 smile. \u4e2d\u6587 end";
    IndexedText t = IndexedText.decode(IndexedText.encode(text));
    assertThat(t.length()).isEqualTo(text.length());
    assertThat(t.text()).isEqualTo(text);
    for (int start = 0; start <= text.length(); start++) { // forward, as a hit's snippets ask
      for (int end = start; end <= text.length(); end += 3) {
        assertThat(t.slice(start, end)).as("[%d, %d)", start, end).isEqualTo(text.substring(start, end));
      }
    }
    assertThat(t.slice(2, 9)).isEqualTo(text.substring(2, 9)); // and back again
    int inPair = text.indexOf('\uDE00');
    assertThat(t.slice(inPair, inPair + 3)).isEqualTo(text.substring(inPair, inPair + 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"All of it ASCII. Two sentences.", "An ASCII start, then caf\u00e9 and \uD83D\uDE00.", "\u00e9 first", ""})
  void slice_isTheSubstring_withOrWithoutAnAsciiStart(String text) {
    IndexedText t = IndexedText.decode(IndexedText.encode(text));
    assertThat(t.length()).isEqualTo(text.length());
    for (int start = 0; start <= text.length(); start++) {
      for (int end = start; end <= text.length(); end++) {
        assertThat(t.slice(start, end)).as("[%d, %d)", start, end).isEqualTo(text.substring(start, end));
      }
    }
  }

  private static IndexedText body(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues body = leaf.reader().getBinaryDocValues(Fields.BODY);
    assertThat(body.advanceExact(doc - leaf.docBase)).isTrue();
    return IndexedText.decode(body.binaryValue());
  }

  /** Lucene's highlighter as it comes (the sentence iterator walked per passage), with the same text, formatter and passages. */
  private static final class Stock extends UnifiedHighlighter {

    private final IndexSearcher searcher;

    private Stock(Builder b, IndexSearcher searcher) {
      super(b);
      this.searcher = searcher;
    }

    @SuppressWarnings("unchecked")
    static List<List<Snippet>> snippets(IndexSearcher s, Analyzer analyzer, Query query, int[] docs) throws IOException {
      Stock h = new Stock(UnifiedHighlighter.builder(s, analyzer).withFormatter(new AsTextPassages()).withMaxNoHighlightPassages(1), s);
      List<List<Snippet>> out = new ArrayList<>();
      for (Object o : h.highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docs, new int[] {LuceneSearch.PASSAGES})
          .get(Fields.TEXT)) {
        out.add(o == null ? List.of() : (List<Snippet>) o);
      }
      return out;
    }

    /** The text from the doc value the index keeps it in (it is not stored). */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        out.add(new CharSequence[] {body(searcher, doc).text()});
      }
      return out;
    }
  }

  /** Lucene's passages formatted by our formatter. */
  private static final class AsTextPassages extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<TextPassage> ours = new ArrayList<>();
      for (Passage p : passages) {
        TextPassage t = new TextPassage(p.getStartOffset(), p.getEndOffset());
        for (int i = 0; i < p.getNumMatches(); i++) {
          t.add(p.getMatchStarts()[i], p.getMatchEnds()[i], p.getMatchTerms()[i]);
        }
        ours.add(t);
      }
      return SnippetFormatter.format(ours, IndexedText.decode(IndexedText.encode(content)));
    }
  }
}
