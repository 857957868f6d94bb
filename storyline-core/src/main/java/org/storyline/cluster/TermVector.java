package org.storyline.cluster;

import java.util.Arrays;

/**
 * A sparse vector of weighted terms, of unit length (or empty), ids ascending: an article's or a
 * story's text as the similarity features see it. Immutable.
 */
public final class TermVector {

  /** The empty vector: cosine 0 with everything. */
  public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  private final int[] ids;
  private final float[] weights;

  private TermVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /**
   * The unit vector of the {@code limit} heaviest of these terms (ties by lower id), or {@link
   * #EMPTY} when no weight is positive. The arrays are not kept.
   */
  static TermVector of(int[] ids, float[] weights, int n, int limit) {
    Integer[] order = new Integer[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (weights[i] > 0) {
        order[kept++] = i;
      }
    }
    if (kept == 0) {
      return EMPTY;
    }
    Integer[] live = Arrays.copyOf(order, kept);
    Arrays.sort(live, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : Integer.compare(ids[a], ids[b]));
    int k = Math.min(limit, kept);
    int[] outIds = new int[k];
    float[] outWeights = new float[k];
    double norm = 0;
    Integer[] top = Arrays.copyOf(live, k);
    Arrays.sort(top, (a, b) -> Integer.compare(ids[a], ids[b]));
    for (int i = 0; i < k; i++) {
      outIds[i] = ids[top[i]];
      outWeights[i] = weights[top[i]];
      norm += (double) outWeights[i] * outWeights[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < k; i++) {
      outWeights[i] *= scale;
    }
    return new TermVector(outIds, outWeights);
  }

  /**
   * The vector of exactly these terms and weights, as {@link #id} and {@link #weight} gave them (ids
   * ascending, a unit or empty vector), for a checkpoint read back; {@link #EMPTY} when empty. The
   * arrays are kept.
   */
  static TermVector restored(int[] ids, float[] weights) {
    return ids.length == 0 ? EMPTY : new TermVector(ids, weights);
  }

  /** The cosine of the angle to {@code other}: their dot product, both being unit vectors. */
  public double cosine(TermVector other) {
    int[] a = ids;
    int[] b = other.ids;
    int i = 0;
    int j = 0;
    double dot = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        dot += (double) weights[i++] * other.weights[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, dot);
  }

  public int size() {
    return ids.length;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  int id(int i) {
    return ids[i];
  }

  float weight(int i) {
    return weights[i];
  }

  /** Positions of the {@code k} heaviest terms, heaviest first (ties by lower id). */
  int[] heaviest(int k) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? Float.compare(weights[y], weights[x]) : Integer.compare(ids[x], ids[y]));
    int n = Math.min(k, order.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
