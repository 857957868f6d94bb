package org.storyline.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;

/**
 * One reason for a date: what kind of clue it is, where it is in the article, the peer it comes
 * from when shared with another article, how much it weighs, and a sentence a person can check.
 *
 * @param kind the kind of clue
 * @param span the expression in the dated article's cleaned text
 * @param text the characters of {@code span}
 * @param peer the matching mention in a peer, for {@link Kind#SHARED_EVENT}; else null
 * @param weight how much the clue counts in the score, positive
 * @param explanation what the clue says about the date, e.g. "“Monday” is said in both the past
 *     and the future tense: written on a Monday"
 */
public record Evidence(Kind kind, Span span, String text, PeerMention peer, double weight, String explanation) {

  /** The kinds of clues, each with the constraint it puts on the day of writing D. */
  public enum Kind {
    /** A full date in the past tense: D is on or after it. */
    ABSOLUTE_DATE_PAST,
    /** A full date in the future tense: D is on or before it. */
    ABSOLUTE_DATE_FUTURE,
    /** A full date in the present tense: D is within two weeks of it. */
    ABSOLUTE_DATE_PRESENT,
    /** A day without a year ("Dec. 7"): it lies within half a year of D, in the tense's direction. */
    DAY_OF_YEAR,
    /** A weekday said in both the past and the future tense: D is that weekday. */
    WEEKDAY_BOTH_TENSES,
    /** "next month" and a month name near each other: D's month is the one before the named month. */
    MONTH_NAMED_RELATIVELY,
    /** A year (or month of a year) in the future or present tense: D is not after it, nor long before. */
    YEAR,
    /** An event a dated peer gives a date for, named here with a relative expression that must name the same day. */
    SHARED_EVENT,
    /** D lies within a month of the peers' dates. */
    PEER_RANGE
  }

  /**
   * The sentence of a peer that dates a shared event.
   *
   * @param article the peer
   * @param span the time expression in the peer's cleaned text
   * @param text its characters
   * @param date the day it names, resolved against the peer's date
   */
  public record PeerMention(ArticleId article, Span span, String text, LocalDate date) {
    public PeerMention {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(date, "date");
    }
  }

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(explanation, "explanation");
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }

  public Optional<PeerMention> peerOpt() {
    return Optional.ofNullable(peer);
  }
}
