package org.storyline.reconcile.event;

import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * <p>It keeps the features of up to the last {@value #REMEMBERED_MENTIONS} mentions it saw that
 * depend on the mention alone ({@link MentionFeatures}): a story's timeline is built again each time a batch
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

  /** Mentions whose own features are kept at most (half of them at least): a few stories' worth of timeline blocks. */
  static final int REMEMBERED_MENTIONS = 16_384;

  private final EventCorefModel model;
  /** What is kept between topics; a new one once its vocabulary is full. Guarded by this coreferencer's monitor. */
  private Memory memory = new Memory();

  /**
   * The features of the last mentions seen, all of one vocabulary: replaced whole when the
   * vocabulary is full, so that a topic never mixes the ids of two.
   */
  private static final class Memory {
    final Vocabulary vocabulary = new Vocabulary();
    /**
     * The mentions seen lately in two generations of half the mentions kept each, both guarded by
     * this (stories are reconciled on several threads): a full recent one becomes the older one, and
     * the older one is dropped whole,
     * rather than one mention at a time (a least-recently-used map's upkeep cost a fifth of making
     * the features). A mention found among the older is recent again.
     */
    private Map<EventMention, MentionFeatures> recent = generation();
    private Map<EventMention, MentionFeatures> older = Map.of();

    /**
     * Each mention's features, kept or made; what a sentence alone gives made once for the block's
     * mentions of one sentence (by its list of tokens: a story's mentions of one sentence share it).
     */
    MentionFeatures[] features(List<EventMention> block) {
      MentionFeatures[] out = new MentionFeatures[block.size()];
      Map<List<String>, MentionFeatures.Sentence> sentences = new IdentityHashMap<>();
      for (int i = 0; i < out.length; i++) {
        EventMention m = block.get(i);
        MentionFeatures f = kept(m);
        if (f == null) {
          MentionFeatures.Sentence sentence = sentences.computeIfAbsent(m.sentenceTokens(),
              t -> MentionFeatures.Sentence.of(t, vocabulary));
          f = MentionFeatures.of(m, sentence, vocabulary);
          keep(m, f);
        }
        out[i] = f;
      }
      return out;
    }

    /** A map that holds a generation without growing: growing it step by step was a fifth of its upkeep. */
    private static Map<EventMention, MentionFeatures> generation() {
      return new HashMap<>(REMEMBERED_MENTIONS); // room for half of it at the default load factor
    }

    private synchronized MentionFeatures kept(EventMention m) {
      MentionFeatures f = recent.get(m);
      if (f == null) {
        f = older.get(m);
        if (f != null) {
          keep(m, f);
        }
      }
      return f;
    }

    private synchronized void keep(EventMention m, MentionFeatures f) {
      if (recent.size() >= REMEMBERED_MENTIONS / 2) {
        older = recent;
        recent = generation();
      }
      recent.put(m, f);
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
    TopicContext topic = new TopicContext(distinct, memory().features(distinct));
    return Clusters.of(distinct, AverageLink.cluster(topic.probabilities(model), model.threshold()));
  }

  /** What is kept, a new one when the vocabulary is full. */
  private synchronized Memory memory() {
    if (memory.vocabulary.full()) {
      memory = new Memory();
    }
    return memory;
  }
}
