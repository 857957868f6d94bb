package org.storyline.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies, kept online: each profiled article counts once per term. Its
 * state is package-private for {@link ClusterCheckpoint}.
 */
final class Vocabulary {

  final Map<String, Integer> ids = new HashMap<>();
  int[] df = new int[1024];
  int[] capitalised = new int[1024]; // inside a sentence, capitalised minus lower-case occurrences
  long documents;
  private final double prior;

  /** @param prior background documents assumed beside those seen, in none of which a term occurs */
  Vocabulary(double prior) {
    this.prior = prior;
  }

  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = ids.size();
      ids.put(term, id);
      if (id == df.length) {
        df = Arrays.copyOf(df, df.length * 2);
        capitalised = Arrays.copyOf(capitalised, df.length);
      }
    }
    return id;
  }

  void countCase(int id, boolean upper) {
    capitalised[id] += upper ? 1 : -1;
  }

  boolean mostlyCapitalised(int id) {
    return capitalised[id] > 0;
  }

  void countDocument(int[] distinctIds, int n) {
    documents++;
    for (int i = 0; i < n; i++) {
      df[distinctIds[i]]++;
    }
  }

  /**
   * Smoothed inverse document frequency, {@code ln((N + prior + 1) / (df + 0.5))}: the prior
   * documents keep the IDF of a few articles that all tell one story from calling their shared
   * names worthless, and fade as the stream grows.
   */
  double idf(int id) {
    return Math.max(0.05, Math.log((documents + prior + 1.0) / (df[id] + 0.5)));
  }

  int df(int id) {
    return df[id];
  }

  long documents() {
    return documents;
  }

  int size() {
    return ids.size();
  }
}
