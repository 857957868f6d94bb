package org.storyline.cluster;

import java.util.List;
import java.util.Objects;
import org.storyline.model.ClusterDecision;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;

/**
 * What the clusterer changed since the previous {@link OnlineClusterer#drainChanges}: what a store
 * must write so that it holds every story as the clusterer does.
 *
 * <p>Applying each drain in turn (put every story of {@code stories}, delete every id of {@code
 * removed}) to a store that held the earlier ones gives the clusterer's stories.
 *
 * @param stories every story whose articles or sub-events changed (started, joined, merged into),
 *     as it is now, with its sub-events; in the order the stories were started
 * @param removed the stories merged into others, in the order of the merges; a story started and
 *     merged away since the previous drain is listed here too (and not in {@code stories})
 * @param duplicates the duplicate links found, in arrival order
 * @param merges the merges made, in order
 * @param decisions one per article added, in arrival order
 */
public record Changes(
    List<Story> stories, List<StoryId> removed, List<DuplicateLink> duplicates, List<StoryMerge> merges,
    List<ClusterDecision> decisions) {

  public Changes {
    stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
    removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
    merges = List.copyOf(Objects.requireNonNull(merges, "merges"));
    decisions = List.copyOf(Objects.requireNonNull(decisions, "decisions"));
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return stories.isEmpty() && removed.isEmpty() && decisions.isEmpty() && merges.isEmpty() && duplicates.isEmpty();
  }

  /** No change. */
  public static Changes none() {
    return new Changes(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** These stories as changed, nothing else. */
  public static Changes onlyStories(List<Story> stories) {
    return new Changes(stories, List.of(), List.of(), List.of(), List.of());
  }

  /** The same changes with other stories. */
  public Changes withStories(List<Story> other) {
    return new Changes(other, removed, duplicates, merges, decisions);
  }
}
