package org.storyline.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A page's publication date and where it was read.
 *
 * @param date the calendar day as the page writes it (never shifted to another time zone)
 * @param dateTime the moment, when the page gives a time with an offset; else {@code null}
 * @param source the kind of evidence
 * @param where the exact place, for people: {@code "<meta article:published_time>"}, {@code
 *     "JSON-LD NewsArticle.datePublished"}, {@code "<time datetime>"}, {@code "url"}, {@code
 *     "dateline"}
 */
public record Published(LocalDate date, OffsetDateTime dateTime, Source source, String where) {

  /** Kinds of evidence for a publication date, from most to least direct. */
  public enum Source {
    META,
    JSON_LD,
    TIME_ELEMENT,
    URL,
    DATELINE
  }

  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(where, "where");
  }
}
