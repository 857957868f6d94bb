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
    if (width == 8) {
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
   * {@link #add} for the trigger table, the hot one, eight scores wide (seven classes and "no
   * event"): the sums kept in locals and the row's place found in line, since the quick compiler
   * that {@code analyze} runs with neither unrolls the loop over a row nor keeps {@code scores} in
   * registers. Each score still adds its rows one after another, in order, so the floats are those of
   * {@link #add}'s loop.
   */
  private void addLabels(int[] rows, int n, float[] scores) {
    float s0 = scores[0];
    float s1 = scores[1];
    float s2 = scores[2];
    float s3 = scores[3];
    float s4 = scores[4];
    float s5 = scores[5];
    float s6 = scores[6];
    float s7 = scores[7];
    float[] v = values;
    for (int k = 0; k < n; k++) {
      int r = rows[k];
      long word = present[r >>> 6];
      long bit = 1L << r; // shifts by r mod 64
      if ((word & bit) != 0) {
        int base = (rank[r >>> 6] + Long.bitCount(word & (bit - 1))) << 3;
        s0 += v[base];
        s1 += v[base + 1];
        s2 += v[base + 2];
        s3 += v[base + 3];
        s4 += v[base + 4];
        s5 += v[base + 5];
        s6 += v[base + 6];
        s7 += v[base + 7];
      }
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
  }

  /** Where row {@code r}'s weights start in {@link #values}, or -1 when it holds none. */
  private int base(int r) {
    long word = present[r >>> 6];
    long bit = 1L << r; // shifts by r mod 64
    return (word & bit) == 0 ? -1 : (rank[r >>> 6] + Long.bitCount(word & (bit - 1))) * width;
  }
}
