package org.storyline.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Term ids and document frequencies, kept online: each profiled article counts once per term. */
final class Vocabulary {

  private final Map<String, Integer> ids = new HashMap<>();
  private int[] df = new int[1024];
  private long documents;

  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = ids.size();
      ids.put(term, id);
      if (id == df.length) {
        df = Arrays.copyOf(df, df.length * 2);
      }
    }
    return id;
  }

  void countDocument(int[] distinctIds, int n) {
    documents++;
    for (int i = 0; i < n; i++) {
      df[distinctIds[i]]++;
    }
  }

  /** Smoothed inverse document frequency: {@code ln((N + 1) / (df + 0.5))}, at least a little above 0. */
  double idf(int id) {
    return Math.max(0.05, Math.log((documents + 1.0) / (df[id] + 0.5)));
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
