package org.storyline.engine;

import java.util.Objects;
import org.storyline.model.StoryId;
import org.storyline.reconcile.timeline.TimelineEvent;

/**
 * An event an entity takes part in, with the story whose timeline holds it.
 *
 * @param story the story
 * @param event the event
 */
public record EntityEvent(StoryId story, TimelineEvent event) {

  public EntityEvent {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(event, "event");
  }
}
