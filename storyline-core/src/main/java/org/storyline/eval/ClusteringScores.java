package org.storyline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well a partition of items (predicted clusters) matches a gold partition (classes).
 *
 * <p>B³ (Bagga and Baldwin 1998) is over items: an item's precision is the share of its cluster
 * that is in its class, its recall the share of its class that is in its cluster; P and R are the
 * means over items. Pairwise is over unordered pairs of distinct items: a pair is predicted
 * positive when both items share a cluster and gold positive when they share a class. F1 is the
 * harmonic mean; a measure with no pairs to count (no positive pair predicted, say) is 1 for
 * precision and recall by convention when the other side has none either, else 0.
 *
 * <pre>{@code
 * ClusteringScores s = ClusteringScores.of(List.of(1, 1, 2), List.of("x", "x", "x"));
 * s.b3Precision(); // 1.0, s.b3Recall(): (2/3 + 2/3 + 1/3) / 3
 * }</pre>
 */
public record ClusteringScores(
    int items,
    double b3Precision,
    double b3Recall,
    double pairPrecision,
    double pairRecall,
    long truePairs,
    long predictedPairs,
    long goldPairs) {

  /**
   * Scores {@code predicted} against {@code gold}: both give, for item {@code i}, its cluster and
   * its class (any values with {@code equals}).
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public static <C, G> ClusteringScores of(List<C> predicted, List<G> gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted has " + predicted.size() + " items, gold " + gold.size());
    }
    int n = predicted.size();
    Map<C, Integer> clusterSize = new HashMap<>();
    Map<G, Integer> classSize = new HashMap<>();
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      clusterSize.merge(predicted.get(i), 1, Integer::sum);
      classSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(List.of(predicted.get(i), gold.get(i)));
      p += (double) common / clusterSize.get(predicted.get(i));
      r += (double) common / classSize.get(gold.get(i));
    }
    long truePairs = both.values().stream().mapToLong(ClusteringScores::pairs).sum();
    long predictedPairs = clusterSize.values().stream().mapToLong(ClusteringScores::pairs).sum();
    long goldPairs = classSize.values().stream().mapToLong(ClusteringScores::pairs).sum();
    return new ClusteringScores(n, n == 0 ? 1 : p / n, n == 0 ? 1 : r / n,
        ratio(truePairs, predictedPairs, goldPairs), ratio(truePairs, goldPairs, predictedPairs),
        truePairs, predictedPairs, goldPairs);
  }

  private static long pairs(int size) {
    return (long) size * (size - 1) / 2;
  }

  private static double ratio(long hits, long total, long otherTotal) {
    if (total == 0) {
      return otherTotal == 0 ? 1 : 0;
    }
    return (double) hits / total;
  }

  public double b3F1() {
    return f1(b3Precision, b3Recall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
