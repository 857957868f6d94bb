package org.storyline.reconcile.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The usual baseline: within the topic, mentions whose head lemmas share an inflection key
 * ({@link EventLemmas#key}) are one event. Strong on ECB+, where a topic's reports retell one
 * happening with the same words; blind to paraphrase ("attack", "assault") and to two happenings
 * of one kind in one topic.
 */
public final class SameLemmaCoreferencer implements EventCoreferencer {

  @Override
  public List<EventCluster> cluster(List<EventMention> mentions) {
    List<EventMention> distinct = Clusters.distinct(mentions);
    Map<String, Integer> ids = new HashMap<>();
    int[] label = new int[distinct.size()];
    for (int i = 0; i < label.length; i++) {
      label[i] = ids.computeIfAbsent(EventLemmas.key(distinct.get(i).lemma()), k -> ids.size());
    }
    return Clusters.of(distinct, label);
  }
}
