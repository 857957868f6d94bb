package org.storyline.app.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.reconcile.timeline.StoryTimeline;

/**
 * A story with what its views show of it besides its articles, read from the store once: {@code
 * analyze} prints every story and puts it in its report, and both read it from here.
 *
 * @param headline the headline to show ({@link StoreReader#headline})
 */
public record ShownStory(Story story, String headline, Optional<StorySummary> summary, StoryTimeline timeline,
    List<DuplicateLink> duplicates) {

  /** Reads what the views show of {@code story}. */
  public static ShownStory read(Story story, StoreReader tables) {
    return read(story, tables, tables.timeline(story.id()));
  }

  /** Reads what the views show of each story, their timelines together. */
  public static List<ShownStory> readAll(List<Story> stories, StoreReader tables) {
    Map<StoryId, StoryTimeline> timelines = tables.timelines(stories.stream().map(Story::id).toList());
    return stories.stream().map(s -> read(s, tables, timelines.get(s.id()))).toList();
  }

  private static ShownStory read(Story story, StoreReader tables, StoryTimeline timeline) {
    Optional<StorySummary> summary = tables.summary(story.id());
    String headline = summary.map(StorySummary::headline).filter(h -> !h.isBlank()).orElse(story.headline());
    return new ShownStory(story, headline, summary, timeline, tables.duplicates(story.id()));
  }
}
