package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage: the two clusters whose pairs have the highest
 * mean score are merged, until no two clusters reach the threshold. Average rather than single
 * linkage, because one strong pair must not chain two happenings together (two "shootings" in one
 * topic). O(n³) in the worst case; a story's few hundred mentions take milliseconds.
 */
final class AverageLink {

  private AverageLink() {}

  /**
   * Clusters items 0..n-1 given their symmetric pair scores.
   *
   * @return for each item, the index of its cluster; clusters numbered in the order of their first item
   */
  static int[] cluster(double[][] score, double threshold) {
    int n = score.length;
    double[][] sum = new double[n][];
    for (int i = 0; i < n; i++) {
      sum[i] = score[i].clone();
    }
    int[] size = new int[n];
    int[] parent = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      parent[i] = i;
      alive[i] = true;
    }
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = threshold;
      for (int a = 0; a < n; a++) {
        if (!alive[a]) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (alive[b]) {
            double avg = sum[a][b] / ((double) size[a] * size[b]);
            if (avg >= best && (bestA < 0 || avg > best)) {
              best = avg;
              bestA = a;
              bestB = b;
            }
          }
        }
      }
      if (bestA < 0) {
        break;
      }
      merge(sum, size, alive, parent, bestA, bestB);
    }
    return labels(parent);
  }

  private static void merge(double[][] sum, int[] size, boolean[] alive, int[] parent, int a, int b) {
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

  private static int[] labels(int[] parent) {
    int n = parent.length;
    int[] label = new int[n];
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) {
        r = parent[r];
      }
      int index = roots.indexOf(r);
      if (index < 0) {
        roots.add(r);
        index = roots.size() - 1;
      }
      label[i] = index;
    }
    return label;
  }
}
