package org.storyline.reconcile.timeline;

import java.util.List;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;

/**
 * Builds a story's timeline from its articles' event mentions.
 *
 * <p>Contract: every event on the timeline has at least one source and a date that at least one of
 * its sources gives; a mention is the source of at most one event; events come in date order. The
 * result depends on the articles and their order only (a story built from batches gets the timeline
 * it would get in one go). Implementations are stateless and thread-safe.
 */
public interface TimelineBuilder {

  /**
   * The timeline of one story.
   *
   * @param story the story
   * @param articles its articles with their event mentions, in story order
   * @param entities the story's entities, which name the events' participants
   */
  StoryTimeline build(StoryId story, List<ArticleEvents> articles, List<Entity> entities);
}
