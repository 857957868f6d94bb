package org.storyline.model;

import java.util.Objects;

/**
 * The id of a story: the id of the article that started it, so that the same articles clustered
 * again in the same order get the same story ids. Printed with an {@code s} in front only by the
 * command line's text views; the value itself is 16 lowercase hex digits.
 */
public record StoryId(String value) implements Comparable<StoryId> {


  public StoryId {
    Objects.requireNonNull(value, "value");
    if (!HexId.is(value, 16)) {
      throw new IllegalArgumentException("a story id is 16 lowercase hex digits, not '" + value + "'");
    }
  }

  /** The id of the story started by {@code founder}. */
  public static StoryId startedBy(ArticleId founder) {
    return new StoryId(founder.value());
  }

  @Override
  public int compareTo(StoryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
