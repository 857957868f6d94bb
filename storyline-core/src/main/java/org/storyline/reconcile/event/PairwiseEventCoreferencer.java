package org.storyline.reconcile.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Event coreference by a learned pair model and average-link clustering. Every pair of the topic's
 * mentions gets a probability of naming one happening from {@link PairFeature}s (lemma, lexicon
 * and derivational matches, how alike the two documents and the two sentences are, shared names
 * and numbers, agreeing or conflicting times, same document or sentence); clusters are then
 * merged while the mean probability between them reaches the model's threshold.
 *
 * <p>It keeps the features of the last {@value #REMEMBERED_MENTIONS} mentions it saw that depend on
 * the mention alone ({@link MentionFeatures}): a story's timeline is built again each time a batch
 * touches it, and a block that gained an article compares mostly mentions it compared before. Only
 * what depends on the whole block (IDF, hence every cosine) is computed again. What is kept never
 * changes an answer, which depends on the mentions and their order only.
 *
 * <pre>{@code
 * List<EventCluster> events = new PairwiseEventCoreferencer(EventCorefModel.shipped()).cluster(mentions);
 * }</pre>
 */
public final class PairwiseEventCoreferencer implements EventCoreferencer {

  /** Mentions whose own features are kept: a few stories' worth of timeline blocks. */
  static final int REMEMBERED_MENTIONS = 16_384;

  private final EventCorefModel model;
  /** Least recently used first; both guarded by {@link #remembered} (stories are reconciled on several threads). */
  private final Map<EventMention, MentionFeatures> remembered = lastUsed();
  /** What a sentence alone gives, by its tokens: the sentence's other mentions need it too. */
  private final Map<List<String>, MentionFeatures.Sentence> sentences = lastUsed();

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
    TopicContext topic = new TopicContext(distinct, this::features);
    int n = distinct.size();
    double[][] p = new double[n][n];
    double[] f = new double[PairFeature.COUNT];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        topic.features(i, j, f);
        p[i][j] = model.probability(f);
        p[j][i] = p[i][j];
      }
    }
    return Clusters.of(distinct, AverageLink.cluster(p, model.threshold()));
  }

  private MentionFeatures features(EventMention m) {
    MentionFeatures f;
    MentionFeatures.Sentence sentence;
    synchronized (remembered) {
      f = remembered.get(m);
      sentence = f == null ? sentences.get(m.sentenceTokens()) : null;
    }
    if (f == null) {
      if (sentence == null) {
        sentence = MentionFeatures.Sentence.of(m.sentenceTokens());
      }
      f = MentionFeatures.of(m, sentence);
      synchronized (remembered) {
        remembered.put(m, f);
        sentences.put(m.sentenceTokens(), sentence);
      }
    }
    return f;
  }

  /** A map that drops its least recently used entry beyond {@link #REMEMBERED_MENTIONS}. */
  private static <K, V> Map<K, V> lastUsed() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > REMEMBERED_MENTIONS;
      }
    };
  }
}
