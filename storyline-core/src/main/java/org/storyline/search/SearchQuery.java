package org.storyline.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: the query text and the facet filters chosen beside it.
 *
 * @param text the query in the classic syntax; blank matches every article
 * @param from articles published on or after this day
 * @param to articles published on or before this day
 * @param outlets keep articles of any of these outlets (empty: no filter); blank names are left out
 * @param entities keep articles naming all of these entities, by canonical name (empty: no filter);
 *     blank names are left out
 * @param grouping articles one by one, or grouped by their story
 * @param offset results to skip (articles, or stories when grouped)
 * @param limit results in the page, 1 to 500
 */
public record SearchQuery(
    String text,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    List<String> outlets,
    List<String> entities,
    Grouping grouping,
    int offset,
    int limit) {

  /** How results are listed. */
  public enum Grouping {
    ARTICLES,
    STORIES
  }

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    outlets = chosen(outlets);
    entities = chosen(entities);
    Objects.requireNonNull(grouping, "grouping");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, not " + offset);
    }
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be 1 to 500, not " + limit);
    }
  }

  /** The names stripped, blank ones (an empty form field names nothing) and repeats left out. */
  private static List<String> chosen(List<String> names) {
    return names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
  }

  /** The first 20 articles matching {@code text}, with no filter. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), List.of(), List.of(), Grouping.ARTICLES, 0, 20);
  }
}
