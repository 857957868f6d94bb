package org.storyline.engine;

import java.util.Objects;
import org.storyline.model.StoryId;

/**
 * Where a claim group is stored: its story and its number there (1 = the story's largest group,
 * the order of {@link StoreReader#claims(StoryId)}). Written {@code STORY/N}. A number holds until
 * the story's claims are grouped again.
 */
public record ClaimGroupId(StoryId story, int number) {

  public ClaimGroupId {
    Objects.requireNonNull(story, "story");
    if (number < 1) {
      throw new IllegalArgumentException("a claim group's number is 1 or more, not " + number);
    }
  }

  @Override
  public String toString() {
    return story.value() + "/" + number;
  }
}
