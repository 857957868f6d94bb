package org.storyline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.Mention;
import org.storyline.model.Quote;

/**
 * Everything the extract stages found in one article. Every span indexes the article's cleaned
 * text. Fields are added as stages are built; a stage that could not run (time expressions of an
 * undated article) leaves its list empty and says why in {@code timeAnchor}.
 *
 * @param article the article extracted from
 * @param timeAnchor the date relative time expressions were resolved against; empty when the
 *     article has no date, in which case no time expressions are listed
 * @param timexes time expressions, in text order
 * @param mentions named-entity mentions, in text order
 * @param quotes quotations and reported speech with their speakers, in text order
 * @param claims numeric claims, in text order (found in undated articles too, without "when")
 * @param events event mentions, in text order (found in undated articles too, their time from
 *     the time expressions only); empty in extractions stored before events were extracted
 */
public record Extraction(
    Article article,
    Optional<LocalDate> timeAnchor,
    List<Timex> timexes,
    List<Mention> mentions,
    List<Quote> quotes,
    List<Claim> claims,
    List<EventMention> events) {

  public Extraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(timeAnchor, "timeAnchor");
    timexes = List.copyOf(timexes);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
  }

  /** An extraction without event mentions. */
  public Extraction(Article article, Optional<LocalDate> timeAnchor, List<Timex> timexes, List<Mention> mentions,
      List<Quote> quotes, List<Claim> claims) {
    this(article, timeAnchor, timexes, mentions, quotes, claims, List.of());
  }
}
