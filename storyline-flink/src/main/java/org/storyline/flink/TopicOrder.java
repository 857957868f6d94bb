package org.storyline.flink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the messages of the parallel stage back in topic order before they are counted into
 * batches: at parallelism N the extracting subtasks pass messages on interleaved, and batches cut
 * in that order would differ from run to run (and from parallelism 1) in which articles they hold.
 *
 * <p>Per partition it releases a message when it is the next offset expected, with every held
 * message that follows it without a gap; a message ahead of a gap is held. The first offset seen
 * of a partition starts it; an offset below the one expected (one that arrives after a later one
 * started the partition) is released at once, as it still lands in the batch its neighbours are in,
 * which is sorted. Gaps that never fill (offsets of transaction markers, compacted messages) are
 * the caller's to end with {@link #releaseAll()} after a while.
 */
final class TopicOrder {

  /** One held message: its bytes, as the operator's state keeps them, and what they decode to. */
  record Held(byte[] bytes, Analysed analysed) {}

  private final Map<Integer, Long> expected = new HashMap<>();
  private final Map<Integer, TreeMap<Long, Held>> held = new HashMap<>();

  /** Takes one message; returns those now released, in topic order (possibly none). */
  List<Held> offer(Held message) {
    int partition = message.analysed().partition();
    long offset = message.analysed().offset();
    long next = expected.getOrDefault(partition, offset);
    if (offset < next) {
      return List.of(message);
    }
    TreeMap<Long, Held> waiting = held.computeIfAbsent(partition, p -> new TreeMap<>());
    waiting.put(offset, message);
    List<Held> released = new ArrayList<>();
    while (!waiting.isEmpty() && waiting.firstKey() == next) {
      released.add(waiting.pollFirstEntry().getValue());
      next++;
    }
    expected.put(partition, next);
    return released;
  }

  /** Whether a message is held behind a gap. */
  boolean holding() {
    return held.values().stream().anyMatch(m -> !m.isEmpty());
  }

  /** Releases every held message, in topic order, and expects the offset after each partition's last. */
  List<Held> releaseAll() {
    List<Held> released = new ArrayList<>();
    held.forEach((partition, waiting) -> {
      if (!waiting.isEmpty()) {
        expected.put(partition, waiting.lastKey() + 1);
        released.addAll(waiting.values());
        waiting.clear();
      }
    });
    released.sort((a, b) -> Analysed.TOPIC_ORDER.compare(a.analysed(), b.analysed()));
    return released;
  }

  /** The bytes of the held messages, for the operator's checkpoint. */
  List<byte[]> heldBytes() {
    List<byte[]> bytes = new ArrayList<>();
    held.values().forEach(m -> m.values().forEach(h -> bytes.add(h.bytes())));
    return bytes;
  }
}
