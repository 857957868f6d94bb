package org.storyline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an article is in its story: what the clusterer compared it with and how each similarity
 * feature scored, so that {@code storyline story ID --why} can show it.
 *
 * @param seq the article's place in the order the clusterer saw articles, from 1
 * @param article the article
 * @param story the story it was put in (at the time; a later merge may move it, see {@link StoryMerge})
 * @param subEvent the number of its sub-event in that story
 * @param kind what happened
 * @param score the similarity to the story joined, or to the best candidate when it started one; 0 when none
 * @param threshold the score needed to join
 * @param features each feature's value and weight against {@code best}
 * @param best the best candidate story, the one joined when {@code kind} is {@link Kind#JOINED}; may be null
 * @param candidates how many stories it was compared with
 * @param note one line in words
 */
public record ClusterDecision(
    long seq,
    ArticleId article,
    StoryId story,
    int subEvent,
    Kind kind,
    double score,
    double threshold,
    List<FeatureScore> features,
    StoryId best,
    int candidates,
    String note) {

  /** What the clusterer did with an article. */
  public enum Kind {
    /** Joined the best candidate story, scoring at least the threshold. */
    JOINED,
    /** No candidate scored the threshold: a new story. */
    STARTED,
    /** A duplicate: put in its original's story, see {@link DuplicateLink}. */
    DUPLICATE,
    /** Too little text to compare (an empty, paywall or near-empty page): a story of its own. */
    ALONE
  }

  /** One feature's part in a score: {@code value} in [0, 1], or NaN when it could not tell. */
  public record FeatureScore(String name, double value, double weight) {
    public FeatureScore {
      Objects.requireNonNull(name, "name");
    }

    public boolean known() {
      return !Double.isNaN(value);
    }
  }

  public ClusterDecision {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    features = List.copyOf(Objects.requireNonNull(features, "features"));
  }

  public Optional<StoryId> bestOpt() {
    return Optional.ofNullable(best);
  }
}
