package org.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of a story's articles that report one happening (a call, a hearing, a shooting), as
 * opposed to the story as a whole, which follows it over weeks.
 *
 * @param story the story it belongs to
 * @param number 1-based, in the order the sub-events were started
 * @param first the earliest publication date of its articles; null when all are undated
 * @param last the latest publication date of its articles; null when all are undated
 * @param articles its articles, in the order they joined
 */
public record SubEvent(StoryId story, int number, LocalDate first, LocalDate last, List<ArticleId> articles) {

  public SubEvent {
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    if (number < 1) {
      throw new IllegalArgumentException("sub-event numbers start at 1: " + number);
    }
    if ((first == null) != (last == null) || first != null && last.isBefore(first)) {
      throw new IllegalArgumentException("sub-event dates must both be given, first <= last: " + first + ".." + last);
    }
  }

  public Optional<LocalDate> firstOpt() {
    return Optional.ofNullable(first);
  }

  public Optional<LocalDate> lastOpt() {
    return Optional.ofNullable(last);
  }
}
