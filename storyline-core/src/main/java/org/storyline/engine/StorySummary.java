package org.storyline.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.StoryId;
import org.storyline.summarize.SourcedSentence;

/**
 * A story's headline and summary, as the engine keeps them (refreshed whenever the story changes).
 *
 * @param story the story
 * @param headline its headline; empty for a story merged away (whose summary is deleted)
 * @param sentences its summary, in date order, each sentence sourced
 * @param subEvents the headline and summary of each of its sub-events, by number (none for a story
 *     merged away, nor in a store whose story has not changed since an older Storyline)
 */
public record StorySummary(StoryId story, String headline, List<SourcedSentence> sentences, List<SubEventSummary> subEvents) {

  /** The most words a summary holds unless asked otherwise. */
  public static final int DEFAULT_WORDS = 150;

  public StorySummary {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
    subEvents = List.copyOf(subEvents);
    for (int i = 1; i < subEvents.size(); i++) {
      if (subEvents.get(i).number() <= subEvents.get(i - 1).number()) {
        throw new IllegalArgumentException("sub-event summaries must come by increasing number: " + subEvents.get(i - 1).number()
            + " then " + subEvents.get(i).number());
      }
    }
  }

  /** A summary without sub-events. */
  public StorySummary(StoryId story, String headline, List<SourcedSentence> sentences) {
    this(story, headline, sentences, List.of());
  }

  /** The summary of sub-event {@code number}, if one was made. */
  public Optional<SubEventSummary> subEvent(int number) {
    return subEvents.stream().filter(e -> e.number() == number).findFirst();
  }

  /** Whether this removes the story's summary (the story was merged away). */
  public boolean isRemoval() {
    return headline.isEmpty() && sentences.isEmpty() && subEvents.isEmpty();
  }
}
