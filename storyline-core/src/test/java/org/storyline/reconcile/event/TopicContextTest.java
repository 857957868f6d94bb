package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TopicContextTest {

  private static final List<String> EVENT_WORDS = List.of("attacked", "attack", "assault", "shooting", "shot", "said",
      "announcement", "announce", "arrested", "detained", "killed", "fire", "opened", "Wedding", "raid");
  private static final List<String> OTHER_WORDS = List.of("the", "a", "of", "police", "Mumbai", "Taj", "hotel", "2015",
      "1999", "2016", "Jan.", "March", "monday", "Sept", "12", "3,000", ",", ".", "'s", "-", "O'Neil", "café", "He",
      "Smith", "officers", "say", "told", "vote", "votes", "voting", "Détroit", "x");

  /** A random topic: up to 6 documents, sentences of up to 70 words drawn from a vocabulary of several hundred. */
  private static List<EventMention> topic(Random random) {
    List<String> vocabulary = new ArrayList<>(EVENT_WORDS);
    vocabulary.addAll(OTHER_WORDS);
    for (int i = 0; i < 300; i++) {
      vocabulary.add((random.nextBoolean() ? "W" : "w") + Integer.toString(random.nextInt(100_000), 36));
    }
    Map<String, List<String>> sentences = new HashMap<>();
    List<EventMention> out = new ArrayList<>();
    int n = 1 + random.nextInt(60);
    for (int i = 0; i < n; i++) {
      String doc = "d" + random.nextInt(6);
      int sentence = random.nextInt(4);
      List<String> tokens = sentences.computeIfAbsent(doc + sentence, k -> {
        List<String> t = new ArrayList<>();
        int length = 3 + random.nextInt(70);
        for (int w = 0; w < length; w++) {
          t.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return t;
      });
      int at = random.nextInt(tokens.size());
      String trigger = EVENT_WORDS.get(random.nextInt(EVENT_WORDS.size()));
      List<String> own = new ArrayList<>(tokens);
      own.set(at, trigger);
      Optional<LocalDate> published = random.nextInt(4) == 0 ? Optional.empty()
          : Optional.of(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(90)));
      Optional<LocalDate> time = random.nextInt(3) == 0 ? Optional.of(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(5)))
          : Optional.empty();
      List<String> participants = random.nextBoolean() ? List.of() : List.of("John  Smith", "the Taj");
      out.add(new EventMention(doc, sentence, new Span(at, at + 1), new Span(at * 5, at * 5 + trigger.length()), trigger,
          trigger, own, published, time, participants));
    }
    return out;
  }

  /**
   * Within 1e-12 of the plain computation over strings: vectors are summed in ascending word id
   * now, not in the order of hash maps, so the last bits may differ.
   */
  @Test
  void features_areThePlainComputations() {
    Random random = new Random(7);
    int pairs = 0;
    for (int round = 0; round < 100; round++) {
      List<EventMention> mentions = Clusters.distinct(topic(random));
      TopicContext fast = new TopicContext(mentions);
      ReferenceTopicContext plain = new ReferenceTopicContext(mentions);
      for (int i = 0; i < mentions.size(); i++) {
        for (int j = i + 1; j < mentions.size(); j++) {
          assertThat(fast.features(i, j)).as("round %d, pair %d-%d", round, i, j)
              .containsExactly(plain.features(i, j), within(1e-12));
          pairs++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(30_000);
  }

  @Test
  void probabilities_areTheModelsOnEachPairsFeatures() {
    Random random = new Random(5);
    EventCorefModel model = EventCorefModel.shipped();
    int pairs = 0;
    for (int round = 0; round < 60; round++) {
      List<EventMention> mentions = Clusters.distinct(topic(random));
      TopicContext context = new TopicContext(mentions);
      double[][] p = context.probabilities(model);
      for (int i = 0; i < mentions.size(); i++) {
        assertThat(p[i][i]).isZero();
        for (int j = i + 1; j < mentions.size(); j++) {
          assertThat(p[i][j]).as("round %d, pair %d-%d", round, i, j)
              .isCloseTo(model.probability(context.features(i, j)), within(1e-12)).isEqualTo(p[j][i]);
          pairs++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(20_000);
  }

  @Test
  void features_sameWhetherMentionFeaturesAreKeptOrMadeAgain() {
    Random random = new Random(11);
    List<EventMention> mentions = Clusters.distinct(topic(random));
    Map<EventMention, MentionFeatures> kept = new HashMap<>();
    Vocabulary vocabulary = new Vocabulary();
    mentions.forEach(m -> kept.put(m, MentionFeatures.of(m, vocabulary)));
    TopicContext fresh = new TopicContext(mentions);
    TopicContext remembered = new TopicContext(mentions, kept::get);
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        assertThat(remembered.features(i, j)).isEqualTo(fresh.features(i, j));
      }
    }
  }

  @Test
  void coreferencer_sameClustersAsFromThePlainFeatures() {
    Random random = new Random(13);
    EventCorefModel model = EventCorefModel.shipped();
    PairwiseEventCoreferencer coreferencer = new PairwiseEventCoreferencer(model);
    for (int round = 0; round < 50; round++) {
      List<EventMention> mentions = Clusters.distinct(topic(random));
      ReferenceTopicContext plain = new ReferenceTopicContext(mentions);
      double[][] p = new double[mentions.size()][mentions.size()];
      for (int i = 0; i < mentions.size(); i++) {
        for (int j = i + 1; j < mentions.size(); j++) {
          p[i][j] = model.probability(plain.features(i, j));
          p[j][i] = p[i][j];
        }
      }
      List<EventCluster> expected = Clusters.of(mentions, AverageLink.cluster(p, model.threshold()));
      assertThat(coreferencer.cluster(mentions)).isEqualTo(expected);
      assertThat(coreferencer.cluster(mentions)).as("with the mentions' features kept").isEqualTo(expected);
    }
  }
}
