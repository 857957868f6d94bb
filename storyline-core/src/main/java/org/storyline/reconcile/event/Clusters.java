package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Helpers shared by the coreferencers: the contract's de-duplication and the clusters' order. */
final class Clusters {

  private Clusters() {}

  /** The mentions without repeats, in the order given. */
  static List<EventMention> distinct(List<EventMention> mentions) {
    return List.copyOf(new LinkedHashSet<>(mentions));
  }

  /** Clusters from each mention's label, in the order of their first mention. */
  static List<EventCluster> of(List<EventMention> mentions, int[] label) {
    List<List<EventMention>> groups = new ArrayList<>();
    int[] slot = new int[mentions.size()];
    Arrays.fill(slot, -1);
    for (int i = 0; i < mentions.size(); i++) {
      if (slot[label[i]] < 0) {
        slot[label[i]] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(slot[label[i]]).add(mentions.get(i));
    }
    return groups.stream().map(EventCluster::new).toList();
  }
}
