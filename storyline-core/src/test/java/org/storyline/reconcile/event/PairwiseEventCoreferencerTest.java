package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class PairwiseEventCoreferencerTest {

  /** A mention of the first occurrence of {@code word} in the sentence. */
  private static EventMention mention(String doc, int sentence, String text, String word) {
    List<String> tokens = Arrays.asList(text.split(" "));
    int i = tokens.indexOf(word);
    int start = text.indexOf(word);
    return EventMention.of(doc, sentence, new Span(i, i + 1), new Span(start, start + word.length()), word, word, tokens);
  }

  private final List<EventMention> topic = List.of(
      mention("a", 0, "Gunmen attacked the Taj Mahal hotel in Mumbai on Wednesday night", "attacked"),
      mention("b", 0, "The attack on the Taj Mahal hotel in Mumbai left dozens dead", "attack"),
      mention("c", 0, "Mumbai police said the assault on the Taj Mahal hotel was planned for months", "assault"),
      mention("d", 0, "Apple unveiled a new iPhone at its Cupertino event", "unveiled"));

  @Test
  void cluster_joinsParaphrasesOfOneHappeningAndLeavesAnotherApart() {
    List<EventCluster> clusters = PairwiseEventCoreferencer.shipped().cluster(topic);
    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0).mentions()).containsExactlyElementsOf(topic.subList(0, 3));
    assertThat(clusters.get(1).mentions()).containsExactly(topic.get(3));
  }

  @Test
  void cluster_everyMentionOnce_repeatsCollapsed_forBothCoreferencers() {
    List<EventMention> twice = new ArrayList<>(topic);
    twice.add(topic.get(1));
    for (EventCoreferencer c : List.of(PairwiseEventCoreferencer.shipped(), new SameLemmaCoreferencer())) {
      List<EventMention> out = c.cluster(twice).stream().flatMap(e -> e.mentions().stream()).toList();
      assertThat(out).containsExactlyInAnyOrderElementsOf(topic);
      assertThat(c.cluster(twice)).isEqualTo(c.cluster(topic));
    }
    assertThat(new SameLemmaCoreferencer().cluster(List.of())).isEmpty();
  }

  @Test
  void baseline_joinsOnlyEqualLemmaKeys() {
    List<EventCluster> clusters = new SameLemmaCoreferencer().cluster(List.of(topic.get(0), topic.get(1), topic.get(2)));
    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0).mentions()).containsExactly(topic.get(0), topic.get(1));
  }
}
