package org.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles that tell one story, grouped into sub-events.
 *
 * @param id the story's id (that of the article that started it)
 * @param headline the headline of its earliest article
 * @param first the earliest publication date of its articles; null when all are undated
 * @param last the latest publication date; null when all are undated
 * @param articles every article of the story, duplicates included, in the order they joined
 * @param outlets the outlets (or web hosts) its articles came from, in first-seen order
 * @param subEvents its sub-events; every article is in exactly one
 */
public record Story(
    StoryId id,
    String headline,
    LocalDate first,
    LocalDate last,
    List<ArticleId> articles,
    List<String> outlets,
    List<SubEvent> subEvents) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    outlets = List.copyOf(Objects.requireNonNull(outlets, "outlets"));
    subEvents = List.copyOf(Objects.requireNonNull(subEvents, "subEvents"));
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no article");
    }
    if ((first == null) != (last == null) || first != null && last.isBefore(first)) {
      throw new IllegalArgumentException("story dates must both be given, first <= last: " + first + ".." + last);
    }
  }

  public int size() {
    return articles.size();
  }

  public Optional<LocalDate> firstOpt() {
    return Optional.ofNullable(first);
  }

  public Optional<LocalDate> lastOpt() {
    return Optional.ofNullable(last);
  }
}
