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
 * what depends on the whole block (IDF, hence every cosine) is computed again. The features are ids
 * of one {@link Vocabulary}, which it keeps too; when that is full it starts again, with a new
 * vocabulary and nothing kept. What is kept never changes an answer, which depends on the mentions
 * and their order only.
 *
 * <pre>{@code
 * List<EventCluster> events = new PairwiseEventCoreferencer(EventCorefModel.shipped()).cluster(mentions);
 * }</pre>
 */
public final class PairwiseEventCoreferencer implements EventCoreferencer {

  /** Mentions whose own features are kept: a few stories' worth of timeline blocks. */
  static final int REMEMBERED_MENTIONS = 16_384;

  private final EventCorefModel model;
  /** What is kept between topics; a new one once its vocabulary is full. Guarded by this coreferencer's monitor. */
  private Memory memory = new Memory();

  /**
   * The features of the last mentions seen and what their sentences gave, all of one vocabulary:
   * replaced whole when the vocabulary is full, so that a topic never mixes the ids of two.
   */
  private static final class Memory {
    final Vocabulary vocabulary = new Vocabulary();
    /** Least recently used first; both guarded by this (stories are reconciled on several threads). */
    final Map<EventMention, MentionFeatures> mentions = lastUsed();
    /** What a sentence alone gives, by its tokens: the sentence's other mentions need it too. */
    final Map<List<String>, MentionFeatures.Sentence> sentences = lastUsed();

    MentionFeatures features(EventMention m) {
      MentionFeatures f;
      MentionFeatures.Sentence sentence;
      synchronized (this) {
        f = mentions.get(m);
        sentence = f == null ? sentences.get(m.sentenceTokens()) : null;
      }
      if (f == null) {
        if (sentence == null) {
          sentence = MentionFeatures.Sentence.of(m.sentenceTokens(), vocabulary);
        }
        f = MentionFeatures.of(m, sentence, vocabulary);
        synchronized (this) {
          mentions.put(m, f);
          sentences.put(m.sentenceTokens(), sentence);
        }
      }
      return f;
    }
  }

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
    TopicContext topic = new TopicContext(distinct, memory()::features);
    return Clusters.of(distinct, AverageLink.cluster(topic.probabilities(model), model.threshold()));
  }

  /** What is kept, a new one when the vocabulary is full. */
  private synchronized Memory memory() {
    if (memory.vocabulary.full()) {
      memory = new Memory();
    }
    return memory;
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
