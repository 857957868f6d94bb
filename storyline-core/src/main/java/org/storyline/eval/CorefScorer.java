package org.storyline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a partition of mentions (the response) against the key, as the CoNLL reference scorer
 * does (Pradhan et al. 2014). Mentions are any values with equality; a mention in only one of the
 * two partitions counts as missing from the other (it lowers recall or precision).
 */
public final class CorefScorer {

  private CorefScorer() {}

  public static <M> CorefScores score(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
    List<Set<M>> k = nonEmpty(key);
    List<Set<M>> r = nonEmpty(response);
    return new CorefScores(
        new CorefScores.Prf(muc(r, k), muc(k, r)),
        new CorefScores.Prf(bCubed(r, k), bCubed(k, r)),
        ceafE(k, r));
  }

  private static <M> List<Set<M>> nonEmpty(Collection<? extends Set<M>> clusters) {
    List<Set<M>> out = new ArrayList<>();
    for (Set<M> c : clusters) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * MUC recall of {@code of} against {@code by} (swap them for precision): for each cluster, its
   * size less the number of parts {@code by} cuts it into (a mention {@code by} lacks is a part of
   * its own), over the sum of sizes less one.
   */
  static <M> double muc(List<Set<M>> of, List<Set<M>> by) {
    Map<M, Integer> where = index(by);
    long num = 0;
    long den = 0;
    for (Set<M> c : of) {
      Set<Object> parts = new HashSet<>();
      int alone = 0;
      for (M m : c) {
        Integer p = where.get(m);
        if (p == null) {
          alone++;
        } else {
          parts.add(p);
        }
      }
      num += c.size() - (parts.size() + alone);
      den += c.size() - 1;
    }
    return den == 0 ? 0 : (double) num / den;
  }

  /** B³ recall of {@code of} against {@code by} (swap for precision): Σ |C ∩ D|² / |C| over mentions of {@code of}. */
  static <M> double bCubed(List<Set<M>> of, List<Set<M>> by) {
    Map<M, Integer> where = index(by);
    double num = 0;
    long mentions = 0;
    for (Set<M> c : of) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : c) {
        Integer p = where.get(m);
        if (p != null) {
          overlap.merge(p, 1, Integer::sum);
        }
      }
      for (int n : overlap.values()) {
        num += (double) n * n / c.size();
      }
      mentions += c.size();
    }
    return mentions == 0 ? 0 : num / mentions;
  }

  /** CEAF-e: the best one-to-one alignment of clusters under φ4 = 2|K ∩ R| / (|K| + |R|). */
  static <M> CorefScores.Prf ceafE(List<Set<M>> key, List<Set<M>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return new CorefScores.Prf(0, 0);
    }
    Map<M, Integer> where = index(response);
    double[][] sim = new double[key.size()][response.size()];
    for (int i = 0; i < key.size(); i++) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : key.get(i)) {
        Integer p = where.get(m);
        if (p != null) {
          overlap.merge(p, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        sim[i][e.getKey()] = 2.0 * e.getValue() / (key.get(i).size() + response.get(e.getKey()).size());
      }
    }
    double total = Assignment.maxWeight(sim);
    return new CorefScores.Prf(total / response.size(), total / key.size());
  }

  private static <M> Map<M, Integer> index(List<Set<M>> clusters) {
    Map<M, Integer> out = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (M m : clusters.get(i)) {
        out.put(m, i);
      }
    }
    return out;
  }

  /** The maximum-weight one-to-one assignment (Kuhn-Munkres, O(n³)) of a rectangular weight matrix. */
  static final class Assignment {
    private Assignment() {}

    static double maxWeight(double[][] w) {
      int rows = w.length;
      int cols = w[0].length;
      int n = Math.max(rows, cols);
      double max = 0;
      for (double[] row : w) {
        for (double x : row) {
          max = Math.max(max, x);
        }
      }
      // minimise cost = max - weight over a square matrix padded with zero-weight cells
      double[][] cost = new double[n + 1][n + 1];
      for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= n; j++) {
          double weight = i <= rows && j <= cols ? w[i - 1][j - 1] : 0;
          cost[i][j] = max - weight;
        }
      }
      double[] u = new double[n + 1];
      double[] v = new double[n + 1];
      int[] p = new int[n + 1];
      int[] way = new int[n + 1];
      for (int i = 1; i <= n; i++) {
        p[0] = i;
        int j0 = 0;
        double[] minv = new double[n + 1];
        Arrays.fill(minv, Double.POSITIVE_INFINITY);
        boolean[] used = new boolean[n + 1];
        do {
          used[j0] = true;
          int i0 = p[j0];
          int j1 = 0;
          double delta = Double.POSITIVE_INFINITY;
          for (int j = 1; j <= n; j++) {
            if (!used[j]) {
              double cur = cost[i0][j] - u[i0] - v[j];
              if (cur < minv[j]) {
                minv[j] = cur;
                way[j] = j0;
              }
              if (minv[j] < delta) {
                delta = minv[j];
                j1 = j;
              }
            }
          }
          for (int j = 0; j <= n; j++) {
            if (used[j]) {
              u[p[j]] += delta;
              v[j] -= delta;
            } else {
              minv[j] -= delta;
            }
          }
          j0 = j1;
        } while (p[j0] != 0);
        do {
          int j1 = way[j0];
          p[j0] = p[j1];
          j0 = j1;
        } while (j0 != 0);
      }
      double total = 0;
      for (int j = 1; j <= n; j++) {
        int i = p[j];
        if (i >= 1 && i <= rows && j <= cols) {
          total += w[i - 1][j - 1];
        }
      }
      return total;
    }
  }
}
