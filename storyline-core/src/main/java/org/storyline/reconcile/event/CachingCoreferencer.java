package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A coreferencer that remembers its last answers: the same mentions in the same order get the
 * clusters they got before without being compared again. A story's timeline is built again each
 * time a batch touches the story, and most of its blocks of mentions have not changed since the
 * last time; only the blocks a batch changed cost a comparison of their pairs.
 *
 * <p>The answer is the wrapped coreferencer's (whose contract says it depends on the mentions and
 * their order only), mapped onto the mentions given this time, so that a caller that keys its
 * mentions by identity finds its own instances in the clusters. Thread-safe; at most {@code
 * capacity} answers are kept, the least recently used dropped first.
 *
 * <pre>{@code
 * EventCoreferencer coref = new CachingCoreferencer(PairwiseEventCoreferencer.shipped(), 2_000);
 * }</pre>
 */
public final class CachingCoreferencer implements EventCoreferencer {

  private final EventCoreferencer coreferencer;
  /** By distinct mentions in order: each cluster as the positions of its mentions among them. */
  private final Map<List<EventMention>, int[][]> answers;

  public CachingCoreferencer(EventCoreferencer coreferencer, int capacity) {
    this.coreferencer = Objects.requireNonNull(coreferencer, "coreferencer");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.answers = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<List<EventMention>, int[][]> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public List<EventCluster> cluster(List<EventMention> mentions) {
    List<EventMention> distinct = Clusters.distinct(mentions);
    int[][] known;
    synchronized (answers) {
      known = answers.get(distinct);
    }
    if (known == null) {
      known = positions(distinct, coreferencer.cluster(distinct));
      synchronized (answers) {
        answers.put(distinct, known);
      }
    }
    List<EventCluster> out = new ArrayList<>(known.length);
    for (int[] cluster : known) {
      List<EventMention> members = new ArrayList<>(cluster.length);
      for (int i : cluster) {
        members.add(distinct.get(i));
      }
      out.add(new EventCluster(members));
    }
    return out;
  }

  private static int[][] positions(List<EventMention> distinct, List<EventCluster> clusters) {
    Map<EventMention, Integer> at = new java.util.HashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      at.put(distinct.get(i), i);
    }
    int[][] out = new int[clusters.size()][];
    for (int c = 0; c < clusters.size(); c++) {
      out[c] = clusters.get(c).mentions().stream().mapToInt(m -> Objects.requireNonNull(at.get(m),
          "the coreferencer returned a mention it was not given")).toArray();
    }
    return out;
  }
}
