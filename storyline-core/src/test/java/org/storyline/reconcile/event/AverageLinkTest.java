package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkTest {

  private static double[][] symmetric(double[][] upper) {
    int n = upper.length;
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s[i][j] = upper[i][j];
        s[j][i] = upper[i][j];
      }
    }
    return s;
  }

  /** Labels numbered by each root's first item, as the search of a list of roots numbered them, on random forests. */
  @Test
  void labels_numberTheRootsInTheOrderOfTheirFirstItems() {
    Random random = new Random(17);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(40);
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = random.nextInt(3) == 0 ? i : random.nextInt(i + 1); // a parent at or before it: no cycles
      }
      java.util.List<Integer> roots = new java.util.ArrayList<>();
      int[] expected = new int[n];
      for (int i = 0; i < n; i++) {
        int r = i;
        while (parent[r] != r) {
          r = parent[r];
        }
        if (!roots.contains(r)) {
          roots.add(r);
        }
        expected[i] = roots.indexOf(r);
      }
      assertThat(AverageLink.labels(parent)).containsExactly(expected);
    }
  }

  @Test
  void cluster_oneStrongPairDoesNotChainTwoGroups() {
    // 0,1 and 2,3,4 are groups; 1-2 is one strong pair between them (single link would chain all five)
    double[][] s = symmetric(new double[][] {
        {0, .9, .1, .1, .1},
        {0, 0, .85, .1, .1},
        {0, 0, 0, .9, .9},
        {0, 0, 0, 0, .9},
        {0, 0, 0, 0, 0}});
    assertThat(AverageLink.cluster(s, 0.5)).containsExactly(0, 0, 1, 1, 1);
  }

  @Test
  void cluster_aboveEveryScore_leavesEachAlone_andLabelsFollowFirstItems() {
    double[][] s = symmetric(new double[][] {{0, .4, .9}, {0, 0, .2}, {0, 0, 0}});
    assertThat(AverageLink.cluster(s, 0.95)).containsExactly(0, 1, 2);
    assertThat(AverageLink.cluster(s, 0.5)).containsExactly(0, 1, 0);
  }

  @Test
  void cluster_mergesAsTheScanOfEveryPair_tiesIncluded() {
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(40);
      double[][] upper = new double[n][n];
      int levels = 1 + random.nextInt(6); // few distinct scores: many ties
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          upper[i][j] = random.nextInt(levels + 1) / (double) levels;
        }
      }
      double[][] s = symmetric(upper);
      double threshold = 0.05 + 0.9 * random.nextDouble();
      assertThat(AverageLink.cluster(s, threshold)).as("round %d", round).containsExactly(ReferenceAverageLink.cluster(s, threshold));
    }
  }
}
