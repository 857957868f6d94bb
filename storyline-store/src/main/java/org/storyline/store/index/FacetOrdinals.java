package org.storyline.store.index;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The facet ordinals of one reader, made once a reader: its {@link SortedSetDocValuesReaderState},
 * each segment's ordinals mapped to the reader's (global) ones as plain arrays (Lucene's {@link
 * OrdinalMap} reads packed ints, a few percent of a search when every match's values were looked up
 * through it), the values' labels, read from the terms dictionary the first time each is shown, and count arrays lent to one counting at a time ({@link #borrow}), so that a search
 * does not allocate and clear an int for each of the reader's values (tens of thousands) to count the
 * few its matches have. Thread-safe.
 */
final class FacetOrdinals {

  private final SortedSetDocValuesReaderState state;
  private final int[][] global; // by segment (leaf ord): the global ordinal of each of its ordinals
  private final ConcurrentLinkedQueue<int[]> spare = new ConcurrentLinkedQueue<>();
  private final AtomicReferenceArray<String> labels; // by global ordinal, each read the first time it is asked
  private SortedSetDocValues values; // the reader's values by global ordinal, opened for the first label; guarded by this

  private FacetOrdinals(SortedSetDocValuesReaderState state, int[][] global) {
    this.state = state;
    this.global = global;
    this.labels = new AtomicReferenceArray<>(state.getSize());
  }

  /** The ordinals of {@code state}'s reader. */
  static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
    IndexReader reader = state.getReader();
    OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null; // null: one segment
    int[][] global = new int[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      long count = DocValues.getSortedSet(leaf.reader(), state.getField()).getValueCount();
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      int[] ords = new int[Math.toIntExact(count)];
      for (int i = 0; i < ords.length; i++) {
        ords[i] = (int) toGlobal.get(i);
      }
      global[leaf.ord] = ords;
    }
    return new FacetOrdinals(state, global);
  }

  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** The global ordinal of each ordinal of segment {@code leafOrd}. */
  int[] global(int leafOrd) {
    return global[leafOrd];
  }

  /** The value of a global ordinal: the last component of its path ({@code month/2021-12} is {@code 2021-12}). */
  String label(int ord) throws IOException {
    String label = labels.get(ord);
    if (label == null) {
      label = lookUp(ord);
      labels.set(ord, label); // two threads may both look it up: the same string
    }
    return label;
  }

  private synchronized String lookUp(int ord) throws IOException {
    if (values == null) {
      values = state.getDocValues();
    }
    String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }

  /**
   * A count for each global ordinal, all zero, lent to one counting: give it back with {@link #giveBack}
   * once zeroed again. As many are made as countings ever ran at once.
   */
  int[] borrow() {
    int[] counts = spare.poll();
    return counts != null ? counts : new int[state.getSize()];
  }

  /** Takes back an array lent by {@link #borrow}, which must be all zero again. */
  void giveBack(int[] counts) {
    spare.offer(counts);
  }
}
