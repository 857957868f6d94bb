package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OverlapsTest {

  /** Up to 40 ascending sets of distinct ids, drawn from few ids (much shared) or many (little), some empty. */
  private static int[][] sets(Random random) {
    int[][] out = new int[random.nextInt(40)][];
    int range = random.nextBoolean() ? 20 : 2_000;
    for (int x = 0; x < out.length; x++) {
      TreeSet<Integer> ids = new TreeSet<>();
      int size = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
      while (ids.size() < Math.min(size, range)) {
        ids.add(random.nextInt(range));
      }
      out[x] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** What the merge of two sets that {@link TopicContext#features} makes counts. */
  @Test
  void common_isWhatAMergeOfEachPairCounts() {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      int[][] sets = sets(random);
      int n = sets.length;
      int[] common = Overlaps.common(sets);
      for (int x = 0; x < n; x++) {
        for (int y = 0; y < n; y++) {
          int expected = x < y ? TopicContext.common(sets[x], sets[y]) : 0;
          assertThat(common[x * n + y]).as("round %d, sets %d and %d", round, x, y).isEqualTo(expected);
        }
      }
    }
  }

  /** To the bit: the dot products are summed in ascending id, as a merge of the two vectors sums them. */
  @Test
  void dots_areTheMergedDotProducts_toTheBit() {
    Random random = new Random(4);
    for (int round = 0; round < 300; round++) {
      int[][] ids = sets(random);
      int n = ids.length;
      double[][] weights = new double[n][];
      for (int x = 0; x < n; x++) {
        weights[x] = random.doubles(ids[x].length, -1, 1).toArray();
      }
      double[] dots = Overlaps.dots(ids, weights);
      for (int x = 0; x < n; x++) {
        for (int y = 0; y < n; y++) {
          double expected = x <= y ? dot(ids[x], weights[x], ids[y], weights[y]) : 0;
          assertThat(Double.doubleToRawLongBits(dots[x * n + y])).as("round %d, vectors %d and %d", round, x, y)
              .isEqualTo(Double.doubleToRawLongBits(expected));
        }
      }
    }
  }

  private static double dot(int[] a, double[] wa, int[] b, double[] wb) {
    double dot = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        dot += wa[i++] * wb[j++];
      }
    }
    return dot;
  }
}
