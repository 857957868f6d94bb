package org.storyline.cluster;

/**
 * One part of the similarity of an article to a story. The clusterer scores a candidate as the
 * weighted mean of its evidence features' values over those that can tell, multiplied by {@code
 * 1 - w + w * value} for each gate feature of weight {@code w} (at most 1) that can tell: a gate
 * (time distance) can only lower a score, so that many articles of one day do not chain into one
 * story (see {@link Features}).
 *
 * <p>Contract: {@link #score} returns a value in [0, 1], higher meaning more likely the same
 * story, or {@code NaN} when it cannot tell (an undated article for a time feature, say); it has no
 * side effects and its cost does not depend on the number of stories. Implementations are final
 * and stateless once built.
 */
public interface SimilarityFeature {

  /** The name used in configuration ({@code weight.NAME}) and in explanations. */
  String name();

  /** How alike {@code article} and {@code story} are by this feature, or NaN. */
  double score(ArticleProfile article, StoryProfile story);

  /** Whether this feature scales the evidence of the others instead of adding to it. */
  default boolean gate() {
    return false;
  }
}
