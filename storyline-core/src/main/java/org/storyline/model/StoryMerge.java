package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Two stories found to be one: every article of {@code from} moved to {@code into}.
 *
 * @param seq the number of articles the clusterer had seen when it merged them
 * @param from the story that ended
 * @param into the story that goes on (the older of the two)
 * @param score the similarity of the two stories
 * @param features each feature's part in it
 * @param reason one line in words: what brought them together
 */
public record StoryMerge(long seq, StoryId from, StoryId into, double score, List<ClusterDecision.FeatureScore> features,
    String reason) {

  public StoryMerge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(into, "into");
    Objects.requireNonNull(reason, "reason");
    features = List.copyOf(Objects.requireNonNull(features, "features"));
    if (from.equals(into)) {
      throw new IllegalArgumentException("a story is not merged into itself: " + from);
    }
  }
}
