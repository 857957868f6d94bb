package org.storyline.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.storyline.search.Snippet;

/**
 * Snippets of the text field for the hits of one search: Lucene's {@link UnifiedHighlighter}, with
 * the work it would repeat for every hit done once. As Lucene's own, the passages are sentences
 * holding matches of the query (of any field's words, found in the text), scored and cut by {@link
 * SnippetFormatter}; what differs is only where the work is done:
 *
 * <ul>
 *   <li>the texts are those the search read already (each stored block decompressed once);
 *   <li>the query's matches in a document come from a weight made once a segment, not once a
 *       document (Lucene rewrites the query, builds a weight and looks each word up in the terms
 *       dictionary for every document it highlights: most of a search's CPU before);
 *   <li>the field infos (whether the text has offsets in its postings) are the searcher's, merged
 *       once a reader rather than once a search.
 * </ul>
 *
 * <p>One instance a search; not thread-safe.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final FacetSearcher searcher;
  private final Map<Integer, Document> read;

  private SnippetHighlighter(Builder b, FacetSearcher searcher, Map<Integer, Document> read) {
    super(b);
    this.searcher = searcher;
    this.read = read;
  }

  /**
   * Up to {@code passages} snippets of each document's text, in the order of {@code docs}; the
   * start of the text, unmarked, for a document whose text does not match.
   *
   * @param read the documents' stored fields, the text among them, by document number
   */
  @SuppressWarnings("unchecked")
  static List<List<Snippet>> snippets(FacetSearcher searcher, Analyzer analyzer, Query user, int[] docs,
      Map<Integer, Document> read, int passages) throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    SnippetHighlighter h = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1), searcher, read);
    Map<String, Object[]> r = h.highlightFieldsAsObjects(new String[] {Fields.TEXT}, user, docs, new int[] {passages});
    List<List<Snippet>> out = new ArrayList<>(docs.length);
    for (Object o : r.get(Fields.TEXT)) {
      out.add(o == null ? List.of() : (List<Snippet>) o);
    }
    return out;
  }

  /** The texts of the documents, from those read already (the highlighter asks in document order). */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> out = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document d = read.get(doc);
      if (d == null) {
        d = searcher.storedFields().document(doc, Set.of(fields)); // not expected: every hit was read
      }
      CharSequence[] values = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String v = d.get(fields[f]);
        values[f] = v == null ? "" : v;
      }
      out.add(values);
    }
    return out;
  }

  /** The searcher's merged field infos (Lucene's merges them from every segment once a highlighter). */
  @Override
  protected FieldInfo getFieldInfo(String field) {
    return searcher.fieldInfos().fieldInfo(field);
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SegmentMatches(components);
    }
    return super.getOffsetStrategy(source, components);
  }

  /**
   * The query's matches in a document from the postings' offsets, through one weight a segment:
   * the query is rewritten and its weight built (each word looked up in the segment's terms once)
   * the first time a segment's document is highlighted, then asked for each of its documents.
   */
  static final class SegmentMatches extends PostingsOffsetStrategy {

    private final Map<LeafReader, Segment> segments = new IdentityHashMap<>();

    SegmentMatches(UHComponents components) {
      super(components);
    }

    /** A segment seen with every field's words in the highlighted field, and the query's weight over it. */
    private record Segment(LeafReader reader, Weight weight) {}

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results) throws IOException {
      Segment s = segments.get(leaf);
      if (s == null) {
        s = segment(leaf);
        segments.put(leaf, s);
      }
      Matches matches = s.weight().matches(s.reader().getContext(), doc);
      if (matches == null) {
        return; // the document does not match (a filter or another field did)
      }
      for (String field : matches) {
        MatchesIterator it = components.getFieldMatcher().test(field) ? matches.getMatches(field) : null;
        if (it != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
        }
      }
    }

    private Segment segment(LeafReader leaf) throws IOException {
      LeafReader asField = new HighlightedField(leaf, components);
      IndexSearcher one = new IndexSearcher(asField);
      one.setQueryCache(null);
      Weight w = one.createWeight(one.rewrite(components.getQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      return new Segment(asField, w);
    }
  }

  /**
   * A segment in which the words of every field the highlighter takes (title, outlet, entity: a
   * title match is shown in the text) are looked up in the highlighted field.
   */
  private static final class HighlightedField extends FilterLeafReader {

    private final UHComponents components;

    HighlightedField(LeafReader in, UHComponents components) {
      super(in);
      this.components = components;
    }

    @Override
    public Terms terms(String field) throws IOException {
      return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null; // a view for one search: nothing may cache by it
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
