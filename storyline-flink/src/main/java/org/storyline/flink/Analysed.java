package org.storyline.flink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.Extraction;
import org.storyline.model.Problem;

/**
 * What the per-article stage made of one message: the article cleaned and extracted (the
 * extraction holds the article), or nothing when it could not be read or cleaned; and the problems
 * met, each naming the input.
 *
 * @param partition the message's partition
 * @param offset the message's offset in its partition
 * @param extraction the article's extraction, if it was read and cleaned
 * @param problems problems met reading, cleaning or extracting it (warnings come with an article)
 */
record Analysed(int partition, long offset, Optional<Extraction> extraction, List<Problem> problems) {

  /** Topic order: partition, then offset. */
  static final java.util.Comparator<Analysed> TOPIC_ORDER =
      java.util.Comparator.comparingInt(Analysed::partition).thenComparingLong(Analysed::offset);

  Analysed {
    Objects.requireNonNull(extraction, "extraction");
    problems = List.copyOf(problems);
  }
}
