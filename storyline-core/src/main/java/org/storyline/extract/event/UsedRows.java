package org.storyline.extract.event;

import java.util.Arrays;

/**
 * The rows of a hashed weight table that hold a weight, one after another, and a bit set of which
 * rows those are with a rank per 64 rows: some 1.5 MB where the table is 16 MB, so that tagging's
 * reads, one row per feature at random, mostly hit the cache. Skipped rows are all zero, and
 * adding 0 to a float changes nothing, so the sums are those of the whole table.
 */
final class UsedRows {

  private final int width;
  private final long[] present;
  private final int[] rank;
  private final float[] values;

  private UsedRows(int width, long[] present, int[] rank, float[] values) {
    this.width = width;
    this.present = present;
    this.rank = rank;
    this.values = values;
  }

  /** The used rows of {@code dense}, a table of rows of {@code width} scores each. */
  static UsedRows of(float[] dense, int width) {
    int rows = dense.length / width;
    long[] present = new long[(rows + 63) / 64];
    int[] rank = new int[present.length];
    float[] values = new float[dense.length];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      if ((r & 63) == 0) {
        rank[r >>> 6] = count;
      }
      if (!isEmpty(dense, width, r)) {
        present[r >>> 6] |= 1L << r;
        System.arraycopy(dense, r * width, values, count * width, width);
        count++;
      }
    }
    return new UsedRows(width, present, rank, Arrays.copyOf(values, count * width));
  }

  static boolean isEmpty(float[] dense, int width, int row) {
    for (int l = 0; l < width; l++) {
      if (dense[row * width + l] != 0f) {
        return false;
      }
    }
    return true;
  }

  /** Adds the weights of {@code rows[0..n)} to {@code scores}, row after row. */
  void add(int[] rows, int n, float[] scores) {
    if (width == TriggerModel.LABELS) {
      addLabels(rows, n, scores);
      return;
    }
    for (int k = 0; k < n; k++) {
      int base = base(rows[k]);
      if (base >= 0) {
        for (int l = 0; l < width; l++) {
          scores[l] += values[base + l];
        }
      }
    }
  }

  /**
   * {@link #add} for the trigger table, the hot one: a loop bound the compiler knows, which it
   * unrolls (a bound read from a field made tagging a third slower).
   */
  private void addLabels(int[] rows, int n, float[] scores) {
    for (int k = 0; k < n; k++) {
      int base = base(rows[k]);
      if (base >= 0) {
        for (int l = 0; l < TriggerModel.LABELS; l++) {
          scores[l] += values[base + l];
        }
      }
    }
  }

  /** Where row {@code r}'s weights start in {@link #values}, or -1 when it holds none. */
  private int base(int r) {
    long word = present[r >>> 6];
    long bit = 1L << r; // shifts by r mod 64
    return (word & bit) == 0 ? -1 : (rank[r >>> 6] + Long.bitCount(word & (bit - 1))) * width;
  }
}
