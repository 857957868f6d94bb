package org.storyline.store.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader, made once a reader (a refresh) rather than once
 * a search (building them reads every facet value of the index), and the layout of its commit.
 */
final class FacetSearcher extends IndexSearcher {

  private final FacetOrdinals facets; // null: no document has a facet value yet
  private final String format;

  private FacetSearcher(IndexReader reader, FacetOrdinals facets) throws IOException {
    super(reader);
    this.facets = facets;
    this.format = reader instanceof DirectoryReader d ? d.getIndexCommit().getUserData().get(LuceneIndex.FORMAT_KEY) : null;
  }

  /** The layout of the commit searched ({@link Fields#FORMAT}); null when it records none (the first layout). */
  String format() {
    return format;
  }

  /** The facet ordinals, or null when no document has a facet value. */
  FacetOrdinals facets() {
    return facets;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new FacetSearcher(reader, ordinals(reader, config));
      }
    };
  }

  private static FacetOrdinals ordinals(IndexReader reader, FacetsConfig config) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException noFacetField) {
      return null; // an empty index, or one of articles without outlet, date or entity
    }
    return FacetOrdinals.of(state);
  }
}
