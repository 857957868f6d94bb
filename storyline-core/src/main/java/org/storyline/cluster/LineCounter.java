package org.storyline.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * In how many recent articles each line (by hash) was seen: two generations of {@code generation}
 * articles each, the older dropped when a new one starts, so memory stays bounded on any stream.
 */
final class LineCounter {

  private final int generation;
  // package-private for ClusterCheckpoint
  Map<Long, Integer> current = new HashMap<>();
  Map<Long, Integer> previous = new HashMap<>();
  int documents;

  LineCounter(int generation) {
    this.generation = generation;
  }

  int count(long hash) {
    return current.getOrDefault(hash, 0) + previous.getOrDefault(hash, 0);
  }

  /** Counts each distinct line of one article once. */
  void countDocument(List<Long> hashes) {
    for (Long h : new HashSet<>(hashes)) {
      current.merge(h, 1, Integer::sum);
    }
    if (++documents % generation == 0) {
      previous = current;
      current = new HashMap<>();
    }
  }
}
