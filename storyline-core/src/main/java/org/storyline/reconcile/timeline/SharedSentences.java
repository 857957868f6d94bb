package org.storyline.reconcile.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Joins groups of mentions of one article to the group they share an anchor with: in news, the
 * several event words of one sentence that one time expression dates ("previewed Biden's call with
 * Putin, set to take place Tuesday") mostly tell one happening, which a timeline lists once; the
 * words that other articles also report ("call") say which. Groups several articles support are
 * never joined to each other: one sentence can tell two happenings of a day ("ahead of the call on
 * Monday, the Pentagon placed 8,500 troops on alert").
 */
final class SharedSentences {

  private SharedSentences() {}

  /**
   * The groups, each group from one source (as {@code source} tells) joined to a group it shares
   * an anchor with (the one with the most sources, if several), in the order of their first group.
   */
  static <T, A> List<List<T>> merge(List<List<T>> groups, Function<T, Optional<A>> anchor, Function<T, Object> source) {
    UnionFind sets = new UnionFind(groups.size());
    int[] sources = new int[groups.size()];
    Map<A, List<Integer>> byAnchor = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      Set<Object> distinct = new HashSet<>();
      for (T member : groups.get(g)) {
        distinct.add(source.apply(member));
        int group = g;
        anchor.apply(member).ifPresent(key -> byAnchor.computeIfAbsent(key, k -> new ArrayList<>()).add(group));
      }
      sources[g] = distinct.size();
    }
    for (List<Integer> sharing : byAnchor.values()) {
      int widest = sharing.stream().max((a, b) -> Integer.compare(sources[a], sources[b])).orElseThrow();
      for (int g : sharing) {
        if (sources[g] == 1) {
          sets.union(widest, g);
        }
      }
    }
    return sets.join(groups);
  }
}
