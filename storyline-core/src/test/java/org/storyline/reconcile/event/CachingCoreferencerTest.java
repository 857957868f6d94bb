package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class CachingCoreferencerTest {

  private static EventMention mention(String doc, String text, String word) {
    List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" ")));
    int i = tokens.indexOf(word);
    int start = text.indexOf(word);
    return EventMention.of(doc, 0, new Span(i, i + 1), new Span(start, start + word.length()), word, word, tokens);
  }

  private static List<EventMention> topic() {
    return List.of(
        mention("a", "Gunmen attacked the Taj Mahal hotel in Mumbai on Wednesday night", "attacked"),
        mention("b", "The attack on the Taj Mahal hotel in Mumbai left dozens dead", "attack"),
        mention("c", "Apple unveiled a new iPhone at its Cupertino event", "unveiled"));
  }

  /** Counts the calls that reach the coreferencer it wraps. */
  private static final class Counting implements EventCoreferencer {
    private final EventCoreferencer inner = PairwiseEventCoreferencer.shipped();
    int calls;

    @Override
    public List<EventCluster> cluster(List<EventMention> mentions) {
      calls++;
      return inner.cluster(mentions);
    }
  }

  @Test
  void cluster_equalMentionsAgain_sameClustersOfTheNewInstancesWithoutComparingAgain() {
    Counting counting = new Counting();
    CachingCoreferencer cached = new CachingCoreferencer(counting, 10);
    List<EventCluster> first = cached.cluster(topic());
    List<EventMention> again = topic(); // equal records, other instances
    List<EventCluster> second = cached.cluster(again);

    assertThat(counting.calls).isEqualTo(1);
    assertThat(second).isEqualTo(first).isEqualTo(PairwiseEventCoreferencer.shipped().cluster(topic()));
    assertThat(second.get(0).mentions().get(0)).isSameAs(again.get(0));
  }

  @Test
  void cluster_otherMentionsOrOtherOrder_askedAgain_leastRecentlyUsedDropped() {
    Counting counting = new Counting();
    CachingCoreferencer cached = new CachingCoreferencer(counting, 1);
    List<EventMention> reversed = new ArrayList<>(topic());
    java.util.Collections.reverse(reversed);
    assertThat(cached.cluster(reversed)).isEqualTo(PairwiseEventCoreferencer.shipped().cluster(reversed));
    cached.cluster(topic());
    cached.cluster(reversed); // dropped for topic(): capacity 1
    assertThat(counting.calls).isEqualTo(3);
  }

  @Test
  void cluster_repeatsCollapsedAsTheContractSays() {
    CachingCoreferencer cached = new CachingCoreferencer(new Counting(), 10);
    List<EventMention> twice = new ArrayList<>(topic());
    twice.add(topic().get(1));
    assertThat(cached.cluster(twice)).isEqualTo(cached.cluster(topic()));
    assertThatThrownBy(() -> new CachingCoreferencer(new Counting(), 0)).hasMessageContaining("capacity");
  }
}
