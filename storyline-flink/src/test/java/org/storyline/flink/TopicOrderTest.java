package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Messages passed on interleaved come out in topic order, each once, none lost behind a gap. */
class TopicOrderTest {

  private static TopicOrder.Held message(int partition, long offset) {
    return new TopicOrder.Held(new byte[] {(byte) offset}, new Analysed(partition, offset, Optional.empty(), List.of()));
  }

  private static List<String> names(List<TopicOrder.Held> held) {
    return held.stream().map(h -> h.analysed().partition() + "-" + h.analysed().offset()).toList();
  }

  @Test
  void messagesSwappedWithinAWindow_comeOutInTopicOrder_eachOnce() {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      // two subtasks: each message may overtake its neighbour, as when one subtask is a little ahead
      List<TopicOrder.Held> arriving = new ArrayList<>();
      for (long offset = 0; offset < 60; offset++) {
        arriving.add(message(0, offset));
      }
      for (int i = 1; i < arriving.size(); i += 2) {
        if (random.nextBoolean()) {
          Collections.swap(arriving, i, i + 1 < arriving.size() ? i + 1 : i);
        }
      }
      TopicOrder order = new TopicOrder();
      List<TopicOrder.Held> out = new ArrayList<>();
      arriving.forEach(m -> out.addAll(order.offer(m)));
      assertThat(order.holding()).isFalse();
      assertThat(out).extracting(h -> h.analysed().offset())
          .containsExactlyElementsOf(arriving.stream().map(h -> h.analysed().offset()).sorted().toList());
    }
  }

  @Test
  void aMessageAheadOfAGap_isHeld_untilTheGapFillsOrAllAreReleased() {
    TopicOrder order = new TopicOrder();
    assertThat(names(order.offer(message(0, 10)))).containsExactly("0-10");
    assertThat(order.offer(message(0, 12))).isEmpty();
    assertThat(order.offer(message(1, 5))).hasSize(1);
    assertThat(order.holding()).isTrue();
    assertThat(order.heldBytes()).hasSize(1);
    assertThat(names(order.offer(message(0, 11)))).containsExactly("0-11", "0-12");
    assertThat(order.offer(message(0, 14))).isEmpty();
    assertThat(order.offer(message(1, 7))).isEmpty();
    assertThat(names(order.releaseAll())).containsExactly("0-14", "1-7");
    assertThat(order.holding()).isFalse();
    assertThat(names(order.offer(message(0, 15)))).as("after a release the next offset is expected").containsExactly("0-15");
  }

  @Test
  void anOffsetBelowTheOneExpected_isReleasedAtOnce_notLost() {
    TopicOrder order = new TopicOrder();
    order.offer(message(0, 1)); // the subtask with offset 0 is slower: offset 1 started the partition
    assertThat(names(order.offer(message(0, 0)))).containsExactly("0-0");
    assertThat(names(order.offer(message(0, 2)))).containsExactly("0-2");
  }
}
