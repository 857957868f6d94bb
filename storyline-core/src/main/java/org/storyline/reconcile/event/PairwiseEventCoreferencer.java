package org.storyline.reconcile.event;

import java.util.List;
import java.util.Objects;

/**
 * Event coreference by a learned pair model and average-link clustering. Every pair of the topic's
 * mentions gets a probability of naming one happening from {@link PairFeature}s (lemma, lexicon
 * and derivational matches, how alike the two documents and the two sentences are, shared names
 * and numbers, agreeing or conflicting times, same document or sentence); clusters are then
 * merged while the mean probability between them reaches the model's threshold.
 *
 * <pre>{@code
 * List<EventCluster> events = new PairwiseEventCoreferencer(EventCorefModel.shipped()).cluster(mentions);
 * }</pre>
 */
public final class PairwiseEventCoreferencer implements EventCoreferencer {

  private final EventCorefModel model;

  public PairwiseEventCoreferencer(EventCorefModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** With the shipped model. */
  public static PairwiseEventCoreferencer shipped() {
    return new PairwiseEventCoreferencer(EventCorefModel.shipped());
  }

  @Override
  public List<EventCluster> cluster(List<EventMention> mentions) {
    List<EventMention> distinct = Clusters.distinct(mentions);
    TopicContext topic = new TopicContext(distinct);
    int n = distinct.size();
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        p[i][j] = model.probability(topic.features(i, j));
        p[j][i] = p[i][j];
      }
    }
    return Clusters.of(distinct, AverageLink.cluster(p, model.threshold()));
  }
}
