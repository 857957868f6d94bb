package org.storyline.engine;

import java.util.List;
import java.util.Objects;
import org.storyline.summarize.SourcedSentence;

/**
 * A sub-event's headline and summary, made from its own articles as the story's are from all of
 * them: the headline names the one happening its articles report, the summary tells it in a few
 * sourced sentences.
 *
 * @param number the sub-event's number in its story ({@link org.storyline.model.SubEvent#number()})
 * @param headline its headline; empty only when its articles offer none (no title, no lead)
 * @param sentences its summary, in date order, each sentence sourced; empty when none of its
 *     articles has a date
 */
public record SubEventSummary(int number, String headline, List<SourcedSentence> sentences) {

  /** The most words a sub-event's summary holds: one happening, told in two or three sentences. */
  public static final int DEFAULT_WORDS = 60;

  public SubEventSummary {
    if (number < 1) {
      throw new IllegalArgumentException("sub-event numbers start at 1: " + number);
    }
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
  }
}
