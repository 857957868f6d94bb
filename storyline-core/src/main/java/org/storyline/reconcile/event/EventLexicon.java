package org.storyline.reconcile.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which event words may name the same happening ("attack", "assault", "raid"), from a small
 * hand-written list of groups shipped as a resource. Words are compared by {@link EventLemmas#key}.
 */
final class EventLexicon {

  private static final Map<String, Set<Integer>> GROUPS = load();

  private EventLexicon() {}

  /** Whether two keys share a group (a key is never related to itself here: that is lemma equality). */
  static boolean related(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    Set<Integer> ga = GROUPS.get(a);
    Set<Integer> gb = GROUPS.get(b);
    if (ga == null || gb == null) {
      return false;
    }
    for (Integer g : ga) {
      if (gb.contains(g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The groups a key is in, ascending (none for a key the lexicon does not know): two different
   * keys are {@link #related} exactly when their groups meet.
   */
  static int[] groups(String key) {
    int[] g = SORTED_GROUPS.get(key);
    return g == null ? new int[0] : g.clone();
  }

  /** {@link #GROUPS} as ascending arrays, made once: every mention coreference meets asks for its key's. */
  private static final Map<String, int[]> SORTED_GROUPS = sorted(GROUPS);

  private static Map<String, int[]> sorted(Map<String, Set<Integer>> groups) {
    Map<String, int[]> out = new HashMap<>();
    groups.forEach((k, g) -> out.put(k, g.stream().mapToInt(Integer::intValue).sorted().toArray()));
    return out;
  }

  /** Whether the key is a word of saying ("said", "told", "announced"): those mentions corefer less by lemma alone. */
  static boolean reporting(String key) {
    return REPORTING.contains(key);
  }

  private static final Set<String> REPORTING = Set.of(EventLemmas.key("say"), EventLemmas.key("tell"),
      EventLemmas.key("report"), EventLemmas.key("state"), EventLemmas.key("add"), EventLemmas.key("note"),
      EventLemmas.key("claim"), EventLemmas.key("according"), EventLemmas.key("comment"));

  private static Map<String, Set<Integer>> load() {
    Map<String, Set<Integer>> out = new HashMap<>();
    int group = 0;
    for (String[] words : EventLemmas.Resources.lines("event-synonyms.txt")) {
      for (String w : words) {
        out.computeIfAbsent(EventLemmas.key(w), k -> new HashSet<>()).add(group);
      }
      group++;
    }
    return out;
  }
}
