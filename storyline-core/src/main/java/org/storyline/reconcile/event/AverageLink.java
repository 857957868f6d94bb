package org.storyline.reconcile.event;

/**
 * Agglomerative clustering with average linkage: the two clusters whose pairs have the highest
 * mean score are merged, until no two clusters reach the threshold. Average rather than single
 * linkage, because one strong pair must not chain two happenings together (two "shootings" in one
 * topic).
 *
 * <p>Each cluster keeps its best partner among the clusters numbered after it, so that a merge
 * costs a pass over the clusters (and over the rows whose best partner it changed) rather than over
 * every pair: the merges and their order are those of the scan of every pair, ties going to the
 * first pair in order (smaller first index, then smaller second).
 */
final class AverageLink {

  private AverageLink() {}

  /**
   * Clusters items 0..n-1 given their symmetric pair scores.
   *
   * @return for each item, the index of its cluster; clusters numbered in the order of their first item
   */
  static int[] cluster(double[][] score, double threshold) {
    Rows rows = new Rows(score);
    while (true) {
      int a = rows.best();
      if (a < 0 || rows.bestAvg[a] < threshold) {
        break;
      }
      rows.merge(a, rows.bestPartner[a]);
    }
    return labels(rows.parent);
  }

  /** The clusters' summed scores and sizes, and each alive cluster's best partner numbered after it. */
  private static final class Rows {
    final double[][] sum;
    final int[] size;
    final int[] parent;
    final boolean[] alive;
    final double[] bestAvg;
    final int[] bestPartner;

    Rows(double[][] score) {
      int n = score.length;
      sum = new double[n][];
      size = new int[n];
      parent = new int[n];
      alive = new boolean[n];
      bestAvg = new double[n];
      bestPartner = new int[n];
      for (int i = 0; i < n; i++) {
        sum[i] = score[i].clone();
        size[i] = 1;
        parent[i] = i;
        alive[i] = true;
      }
      for (int i = 0; i < n; i++) {
        rescan(i);
      }
    }

    double avg(int a, int b) {
      return sum[a][b] / ((double) size[a] * size[b]);
    }

    /** The alive cluster whose best pair is highest (the first such), or -1 when no pair is left. */
    int best() {
      int best = -1;
      for (int a = 0; a < sum.length; a++) {
        if (alive[a] && bestPartner[a] >= 0 && (best < 0 || bestAvg[a] > bestAvg[best])) {
          best = a;
        }
      }
      return best;
    }

    /** Finds row a's best partner again: the first alive b after a with the highest mean. */
    void rescan(int a) {
      bestPartner[a] = -1;
      bestAvg[a] = Double.NEGATIVE_INFINITY;
      for (int b = a + 1; b < sum.length; b++) {
        if (alive[b]) {
          double avg = avg(a, b);
          if (bestPartner[a] < 0 || avg > bestAvg[a]) {
            bestAvg[a] = avg;
            bestPartner[a] = b;
          }
        }
      }
    }

    /** Merges b into a (a before b) and brings the best partners up to date. */
    void merge(int a, int b) {
      AverageLink.merge(sum, size, alive, parent, a, b);
      rescan(a);
      for (int c = 0; c < b; c++) {
        if (!alive[c] || c == a) {
          continue;
        }
        if (bestPartner[c] == a || bestPartner[c] == b) {
          rescan(c);
        } else if (c < a) {
          double avg = avg(c, a);
          if (avg > bestAvg[c] || avg == bestAvg[c] && a < bestPartner[c]) {
            bestAvg[c] = avg;
            bestPartner[c] = a;
          }
        }
      }
    }
  }

  static void merge(double[][] sum, int[] size, boolean[] alive, int[] parent, int a, int b) {
    for (int c = 0; c < sum.length; c++) {
      if (alive[c] && c != a && c != b) {
        sum[a][c] += sum[b][c];
        sum[c][a] = sum[a][c];
      }
    }
    size[a] += size[b];
    alive[b] = false;
    parent[b] = a;
  }

  static int[] labels(int[] parent) {
    int n = parent.length;
    int[] label = new int[n];
    // by root: its label + 1, 0 while it has none (rather than a search of a list of boxed roots)
    int[] labelOfRoot = new int[n];
    int roots = 0;
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) {
        r = parent[r];
      }
      if (labelOfRoot[r] == 0) {
        labelOfRoot[r] = ++roots;
      }
      label[i] = labelOfRoot[r] - 1;
    }
    return label;
  }
}
