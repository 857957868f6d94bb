package org.storyline.store.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals and the merged field infos of its reader, made once a reader
 * (a refresh) rather than once a search: building the ordinals reads every facet value of the
 * index, merging the field infos reads every segment's.
 */
final class FacetSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facets; // null: no document has a facet value yet
  private final FieldInfos fieldInfos;

  private FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState facets) {
    super(reader);
    this.facets = facets;
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
  }

  /** The fields of every segment of the reader, merged. */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** The facet ordinals, or null when no document has a facet value. */
  SortedSetDocValuesReaderState facets() {
    return facets;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new FacetSearcher(reader, state(reader, config));
      }
    };
  }

  private static SortedSetDocValuesReaderState state(IndexReader reader, FacetsConfig config) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException noFacetField) {
      return null; // an empty index, or one of articles without outlet, date or entity
    }
  }
}
