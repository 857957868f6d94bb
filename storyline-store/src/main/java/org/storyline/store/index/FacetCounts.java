package org.storyline.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.PriorityQueue;

/**
 * The counts of the sorted-set facets over a search's matches, as Lucene's {@code
 * SortedSetDocValuesFacetCounts} gives them (same values, same ties: the lower ordinal, i.e. the
 * value first in byte order), at a cost that follows the matches rather than the index's values.
 * Lucene counts in an int for each of the reader's values (59,216 in the 10k store), allocated and
 * zeroed for each count, then scans them all for each dimension's top values; here the counting
 * borrows a zeroed array ({@link FacetOrdinals#borrow}), notes each value the first time it counts
 * it, keeps only those values and their counts, and zeroes just them before giving the array back.
 * The top values are then chosen among the values counted, by count and then ordinal (a total
 * order, so the order they were met in changes nothing), and a value enters the queue only when it
 * beats the last kept.
 *
 * <p>Only {@link #getTopChildren} and {@link #getAllChildren} of a dimension are answered.
 */
final class FacetCounts extends Facets {

  private final FacetOrdinals ordinals;
  private int[] ords = new int[64]; // the global ordinals counted, in the order first met
  private int[] counts; // counts[i]: the count of ords[i]
  private int size;

  private FacetCounts(FacetOrdinals ordinals, FacetsCollector hits) throws IOException {
    this.ordinals = ordinals;
    int[] scratch = ordinals.borrow();
    try {
      count(hits, scratch);
    } finally {
      keep(scratch);
      ordinals.giveBack(scratch);
    }
  }

  /** The counts of the facets of {@code hits}. */
  static Facets counts(FacetOrdinals ordinals, FacetsCollector hits) throws IOException {
    return new FacetCounts(ordinals, hits);
  }

  /** A drill-sideways search whose facets (drill-down and sideways) are counted by this class. */
  static DrillSideways sideways(IndexSearcher searcher, FacetsConfig config, FacetOrdinals ordinals) {
    return new DrillSideways(searcher, config, ordinals.state()) {
      @Override
      protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
          throws IOException {
        Facets down = new FacetCounts(ordinals, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return down;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
          sideways.put(dims[i], new FacetCounts(ordinals, drillSideways[i]));
        }
        return new MultiFacets(sideways, down);
      }
    };
  }

  /** Counts into {@code scratch} (by global ordinal), noting in {@link #ords} each value counted the first time. */
  private void count(FacetsCollector hits, int[] scratch) throws IOException {
    String field = ordinals.state().getField();
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      if (m.totalHits == 0) {
        continue;
      }
      SortedSetDocValues values = DocValues.getSortedSet(m.context.reader(), field);
      int[] global = ordinals.global(m.context.ord);
      DocIdSetIterator docs = m.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          for (int i = values.docValueCount(); i > 0; i--) {
            int ord = global[(int) values.nextOrd()];
            if (scratch[ord]++ == 0) {
              note(ord);
            }
          }
        }
      }
    }
  }

  private void note(int ord) {
    if (size == ords.length) {
      ords = Arrays.copyOf(ords, size * 2);
    }
    ords[size++] = ord;
  }

  /** Takes the counts of the values noted out of {@code scratch}, leaving it all zero. */
  private void keep(int[] scratch) {
    counts = new int[size];
    for (int i = 0; i < size; i++) {
      counts[i] = scratch[ords[i]];
      scratch[ords[i]] = 0;
    }
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    OrdRange range = range(dim, path);
    Top top = new Top(topN);
    int total = 0;
    int children = 0;
    for (int i = 0; i < size; i++) {
      if (ords[i] >= range.start && ords[i] <= range.end) {
        total += counts[i];
        children++;
        if (top.size() < topN || top.lessThan(top.top(), i)) {
          top.insertWithOverflow(i);
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
    List<Integer> inRange = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < size; i++) {
      if (ords[i] >= range.start && ords[i] <= range.end) {
        total += counts[i];
        inRange.add(i);
      }
    }
    if (inRange.isEmpty()) {
      return null;
    }
    inRange.sort(Comparator.comparingInt(i -> ords[i])); // Lucene lists them in ordinal order
    LabelAndValue[] labels = new LabelAndValue[inRange.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = label(inRange.get(i));
    }
    return new FacetResult(dim, path, dimCount(dim, total), labels, labels.length);
  }

  /** The sum of the values' counts, or -1 where it is not the number of matches (a multi-valued dimension), as Lucene says. */
  private int dimCount(String dim, int total) {
    FacetsConfig.DimConfig c = ordinals.state().getFacetsConfig().getDimConfig(dim);
    return c.multiValued && !c.requireDimCount ? -1 : total;
  }

  private OrdRange range(String dim, String... path) {
    if (path.length > 0) {
      throw new UnsupportedOperationException("the facets are flat: no path under '" + dim + "'");
    }
    OrdRange range = ordinals.state().getOrdRange(dim);
    if (range == null) {
      throw new IllegalArgumentException("dimension '" + dim + "' was not indexed");
    }
    return range;
  }

  /** The label and count of the {@code i}th value counted. */
  private LabelAndValue label(int i) throws IOException {
    return new LabelAndValue(ordinals.label(ords[i]), counts[i]);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    throw new UnsupportedOperationException("not used by the search");
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("not used by the search");
  }

  /** The best values so far (indexes into the values counted), the worst on top: a lower count, or an equal count and a higher ordinal. */
  private final class Top extends PriorityQueue<Integer> {
    Top(int size) {
      super(size);
    }

    @Override
    protected boolean lessThan(Integer a, Integer b) {
      int ca = counts[a];
      int cb = counts[b];
      return ca < cb || (ca == cb && ords[a] > ords[b]);
    }
  }
}
