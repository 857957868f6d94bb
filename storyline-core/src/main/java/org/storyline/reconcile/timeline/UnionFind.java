package org.storyline.reconcile.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets over {@code 0..n-1}; the representative of a set is its smallest member. */
final class UnionFind {

  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The groups of each set put together, in the order of each set's first group. */
  <T> List<List<T>> join(List<List<T>> groups) {
    Map<Integer, List<T>> joined = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      joined.computeIfAbsent(find(g), k -> new ArrayList<>()).addAll(groups.get(g));
    }
    return new ArrayList<>(joined.values());
  }
}
