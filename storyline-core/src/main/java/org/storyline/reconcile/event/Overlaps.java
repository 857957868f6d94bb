package org.storyline.reconcile.event;

import java.util.Arrays;

/**
 * What every two of a topic's sets share, found from each id's holders (an inverted list) rather
 * than by merging every two sets: a pair then costs what it shares, not what its two sets hold, and
 * most pairs of a story's mentions share little or nothing (their names, the words around them).
 * A set is an ascending array of distinct, non-negative ids ({@link MentionFeatures}).
 *
 * <p>Answers are flat {@code n × n} arrays read at {@code [x * n + y]} with {@code x <= y}; the
 * rest is left 0. They equal what merges of each pair give, to the bit: a dot product is summed in
 * ascending id, as {@link TopicContext}'s merge sums it.
 */
final class Overlaps {

  private Overlaps() {}

  /** How many ids sets x and y share, for x &lt; y; the diagonal left 0. */
  static int[] common(int[][] sets) {
    int n = sets.length;
    long[] holders = holders(sets);
    int[] out = new int[n * n];
    for (int from = 0; from < holders.length; ) {
      int to = endOfId(holders, from);
      for (int x = from; x < to; x++) {
        int row = holder(holders[x]) * n;
        for (int y = x + 1; y < to; y++) {
          out[row + holder(holders[y])]++;
        }
      }
      from = to;
    }
    return out;
  }

  /**
   * The dot products of every two sparse vectors (ids ascending, a weight for each), x &lt;= y,
   * each summed over the ids they share in ascending order.
   */
  static double[] dots(int[][] ids, double[][] weights) {
    int n = ids.length;
    int[] start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      start[v + 1] = start[v] + ids[v].length;
    }
    // each entry as its id and its place among all the vectors' entries, in ascending id, then vector
    long[] entries = new long[start[n]];
    int[] owner = new int[start[n]];
    double[] weight = new double[start[n]];
    for (int v = 0, e = 0; v < n; v++) {
      for (int i = 0; i < ids[v].length; i++, e++) {
        entries[e] = (long) ids[v][i] << 32 | e;
        owner[e] = v;
        weight[e] = weights[v][i];
      }
    }
    Arrays.sort(entries);
    double[] out = new double[n * n];
    for (int from = 0; from < entries.length; ) {
      int to = endOfId(entries, from);
      for (int x = from; x < to; x++) {
        int a = holder(entries[x]);
        int row = owner[a] * n;
        double w = weight[a];
        for (int y = x; y < to; y++) {
          int b = holder(entries[y]);
          out[row + owner[b]] += w * weight[b];
        }
      }
      from = to;
    }
    return out;
  }

  /** Each id of each set with the set's index, packed (id in the high half), ascending: by id, then set. */
  private static long[] holders(int[][] sets) {
    int length = 0;
    for (int[] s : sets) {
      length += s.length;
    }
    long[] out = new long[length];
    int at = 0;
    for (int x = 0; x < sets.length; x++) {
      for (int id : sets[x]) {
        out[at++] = (long) id << 32 | x;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** The end of the run of packed entries from {@code from} that have its id. */
  private static int endOfId(long[] packed, int from) {
    long id = packed[from] >>> 32;
    int to = from + 1;
    while (to < packed.length && packed[to] >>> 32 == id) {
      to++;
    }
    return to;
  }

  private static int holder(long packed) {
    return (int) packed;
  }
}
