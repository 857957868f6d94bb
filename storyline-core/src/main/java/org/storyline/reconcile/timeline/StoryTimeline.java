package org.storyline.reconcile.timeline;

import java.util.List;
import java.util.Objects;
import org.storyline.model.StoryId;

/**
 * A story's events in date order (then the better supported first).
 *
 * @param story the story
 * @param events its dated events
 */
public record StoryTimeline(StoryId story, List<TimelineEvent> events) {

  public StoryTimeline {
    Objects.requireNonNull(story, "story");
    events = List.copyOf(events);
  }

  /** A story with no dated event (yet). */
  public static StoryTimeline empty(StoryId story) {
    return new StoryTimeline(story, List.of());
  }
}
