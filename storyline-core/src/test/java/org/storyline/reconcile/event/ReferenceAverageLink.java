package org.storyline.reconcile.event;

/**
 * {@link AverageLink} as it was before it kept each row's best pair: every pair scanned for every
 * merge (the merge itself and the labels are the ones it shares). Kept as the reference {@code AverageLinkTest} holds the fast one to.
 */
final class ReferenceAverageLink {

  private ReferenceAverageLink() {}

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
      AverageLink.merge(sum, size, alive, parent, bestA, bestB);
    }
    return AverageLink.labels(parent);
  }
}
