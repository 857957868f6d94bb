package org.storyline.engine;

import java.util.List;
import java.util.Objects;
import org.storyline.model.StoryId;
import org.storyline.summarize.SourcedSentence;

/**
 * A story's headline and summary, as the engine keeps them (refreshed whenever the story changes).
 *
 * @param story the story
 * @param headline its headline; empty for a story merged away (whose summary is deleted)
 * @param sentences its summary, in date order, each sentence sourced
 */
public record StorySummary(StoryId story, String headline, List<SourcedSentence> sentences) {

  /** The most words a summary holds unless asked otherwise. */
  public static final int DEFAULT_WORDS = 150;

  public StorySummary {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
  }

  /** Whether this removes the story's summary (the story was merged away). */
  public boolean isRemoval() {
    return headline.isEmpty() && sentences.isEmpty();
  }
}
