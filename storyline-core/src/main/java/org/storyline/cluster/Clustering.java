package org.storyline.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.model.ArticleId;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;

/**
 * The result of clustering: every story (in the order they were started), every duplicate link
 * and every merge.
 */
public record Clustering(List<Story> stories, List<DuplicateLink> duplicates, List<StoryMerge> merges) {

  public Clustering {
    stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
    duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
    merges = List.copyOf(Objects.requireNonNull(merges, "merges"));
  }

  /** The story of every article. */
  public Map<ArticleId, StoryId> assignments() {
    Map<ArticleId, StoryId> out = new HashMap<>();
    for (Story s : stories) {
      s.articles().forEach(a -> out.put(a, s.id()));
    }
    return out;
  }

  public int articleCount() {
    return stories.stream().mapToInt(Story::size).sum();
  }
}
