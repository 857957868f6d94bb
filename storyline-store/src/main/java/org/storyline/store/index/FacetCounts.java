package org.storyline.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;

/**
 * The counts of the sorted-set facets over a search's matches, as Lucene's {@code
 * SortedSetDocValuesFacetCounts} gives them (same values, same ties: the lower ordinal, i.e. the
 * value first in byte order), with a cheaper top-N: Lucene 9.12 pushes every value with a count
 * through its priority queue, which for the entity facet (thousands of values among a search's
 * matches) was a tenth of a search; here a value enters the queue only when it beats the last kept.
 *
 * <p>Only {@link #getTopChildren} and {@link #getAllChildren} of a dimension are answered.
 */
final class FacetCounts extends Facets {

  private final SortedSetDocValuesReaderState state;
  private final SortedSetDocValues all; // the reader's values, by global ordinal (for the labels)
  private final int[] counts;

  private FacetCounts(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
    this.state = state;
    this.all = state.getDocValues();
    this.counts = new int[state.getSize()];
    count(hits);
  }

  /** The counts of the facets of {@code hits}. */
  static Facets counts(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
    return new FacetCounts(state, hits);
  }

  /** A drill-sideways search whose facets (drill-down and sideways) are counted by this class. */
  static DrillSideways sideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
    return new DrillSideways(searcher, config, state) {
      @Override
      protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
          throws IOException {
        Facets down = new FacetCounts(state, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return down;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
          sideways.put(dims[i], new FacetCounts(state, drillSideways[i]));
        }
        return new MultiFacets(sideways, down);
      }
    };
  }

  private void count(FacetsCollector hits) throws IOException {
    OrdinalMap global = all instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null; // null: one segment
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      if (m.totalHits == 0) {
        continue;
      }
      SortedSetDocValues values = DocValues.getSortedSet(m.context.reader(), state.getField());
      LongValues ords = global == null ? LongValues.IDENTITY : global.getGlobalOrds(m.context.ord);
      DocIdSetIterator docs = m.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          for (int i = values.docValueCount(); i > 0; i--) {
            counts[(int) ords.get(values.nextOrd())]++;
          }
        }
      }
    }
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    OrdRange range = range(dim, path);
    Top top = new Top(topN);
    int total = 0;
    int children = 0;
    for (int ord = range.start; ord <= range.end; ord++) {
      int c = counts[ord];
      if (c > 0) {
        total += c;
        children++;
        if (top.size() < topN || c > counts[top.top()]) {
          top.insertWithOverflow(ord);
        }
      }
    }
    if (children == 0) {
      return null;
    }
    LabelAndValue[] labels = new LabelAndValue[top.size()];
    for (int i = labels.length - 1; i >= 0; i--) {
      labels[i] = label(top.pop());
    }
    return new FacetResult(dim, path, dimCount(dim, total), labels, children);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    OrdRange range = range(dim, path);
    List<LabelAndValue> labels = new ArrayList<>();
    int total = 0;
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        total += counts[ord];
        labels.add(label(ord));
      }
    }
    return labels.isEmpty() ? null : new FacetResult(dim, path, dimCount(dim, total), labels.toArray(new LabelAndValue[0]), labels.size());
  }

  /** The sum of the values' counts, or -1 where it is not the number of matches (a multi-valued dimension), as Lucene says. */
  private int dimCount(String dim, int total) {
    FacetsConfig.DimConfig c = state.getFacetsConfig().getDimConfig(dim);
    return c.multiValued && !c.requireDimCount ? -1 : total;
  }

  private OrdRange range(String dim, String... path) {
    if (path.length > 0) {
      throw new UnsupportedOperationException("the facets are flat: no path under '" + dim + "'");
    }
    OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      throw new IllegalArgumentException("dimension '" + dim + "' was not indexed");
    }
    return range;
  }

  private LabelAndValue label(int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
    return new LabelAndValue(path[path.length - 1], counts[ord]);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    throw new UnsupportedOperationException("not used by the search");
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("not used by the search");
  }

  /** The best ordinals so far, the worst on top: a lower count, or an equal count and a higher ordinal. */
  private final class Top extends PriorityQueue<Integer> {
    Top(int size) {
      super(size);
    }

    @Override
    protected boolean lessThan(Integer a, Integer b) {
      int ca = counts[a];
      int cb = counts[b];
      return ca < cb || (ca == cb && a > b);
    }
  }
}
