package org.storyline.summarize;

import java.util.HashMap;
import java.util.Map;

/** A sparse TF-IDF vector of terms; mutable only while it is being summed. */
final class Vector {

  private final Map<String, Double> weights;
  private double norm = -1;

  Vector() {
    this(new HashMap<>());
  }

  private Vector(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** {@code count * idf} per term. */
  static Vector tfIdf(Map<String, Integer> counts, Map<String, Double> idf) {
    Map<String, Double> w = new HashMap<>();
    counts.forEach((t, c) -> w.put(t, c * idf.getOrDefault(t, 0.0)));
    return new Vector(w);
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  void add(Vector other) {
    other.weights.forEach((t, w) -> weights.merge(t, w, Double::sum));
    norm = -1;
  }

  /** A new vector, each weight times {@code factor}. */
  Vector scaledBy(double factor) {
    Map<String, Double> w = new HashMap<>();
    weights.forEach((t, x) -> w.put(t, x * factor));
    return new Vector(w);
  }

  double norm() {
    if (norm < 0) {
      double sum = 0;
      for (double w : weights.values()) {
        sum += w * w;
      }
      norm = Math.sqrt(sum);
    }
    return norm;
  }

  double dot(Vector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += w * e.getValue();
      }
    }
    return sum;
  }

  /** Cosine similarity; 0 when either vector is empty. */
  double cosine(Vector other) {
    double n = norm() * other.norm();
    return n == 0 ? 0 : dot(other) / n;
  }

  /** Cosine of {@code this + extra} with {@code other}, without building the sum. */
  double cosineWith(Vector extra, Vector other) {
    double dot = dot(other) + extra.dot(other);
    double sq = norm() * norm() + 2 * dot(extra) + extra.norm() * extra.norm();
    double n = Math.sqrt(Math.max(sq, 0)) * other.norm();
    return n == 0 ? 0 : dot / n;
  }
}
