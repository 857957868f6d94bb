package org.storyline.search;

import java.util.List;
import java.util.Objects;
import org.storyline.model.StoryId;

/**
 * A story with matching articles, when results are grouped by story.
 *
 * @param story the story
 * @param matching how many of its articles match
 * @param best its best-matching articles, best first (a few, not all)
 */
public record StoryHit(StoryId story, long matching, List<ArticleHit> best) {

  public StoryHit {
    Objects.requireNonNull(story, "story");
    best = List.copyOf(best);
  }
}
