package org.storyline.engine;

import java.util.List;
import java.util.Objects;
import org.storyline.model.StoryId;
import org.storyline.reconcile.claim.ClaimGroup;

/**
 * The claim groups of one story.
 *
 * @param story the story
 * @param groups its groups, largest first
 */
public record StoryClaims(StoryId story, List<Group> groups) {

  public StoryClaims {
    Objects.requireNonNull(story, "story");
    groups = List.copyOf(groups);
  }

  /**
   * A group and where each member's claim is stored: {@code claimIndex.get(i)} is the position of
   * member {@code i}'s claim in its article's extraction.
   */
  public record Group(ClaimGroup group, List<Integer> claimIndex) {
    public Group {
      Objects.requireNonNull(group, "group");
      claimIndex = List.copyOf(claimIndex);
      if (claimIndex.size() != group.members().size()) {
        throw new IllegalArgumentException("one claim index per member: " + claimIndex.size() + " for " + group.members().size());
      }
    }
  }
}
