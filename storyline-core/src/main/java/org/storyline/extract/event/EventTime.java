package org.storyline.extract.event;

import java.time.LocalDate;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * When an event mention took (or takes) place: a calendar interval with its precision and how it
 * was found, or {@link #unknown()}.
 *
 * <p>Example: "will hold a call on Tuesday" in an article of Monday 2021-12-06 is
 * {@code [2021-12-07, 2021-12-07], DAY, TIMEX}, with the span of "Tuesday".
 *
 * @param first the first day of the interval, null when unknown
 * @param last the last day of the interval (inclusive), null when unknown
 * @param precision the interval's grain
 * @param source how it was found
 * @param timex the time expression it was read from, when {@code source} is {@link Source#TIMEX} or {@link
 *     Source#SENTENCE_TIMEX}; else null
 */
public record EventTime(LocalDate first, LocalDate last, Precision precision, Source source, Span timex) {

  /** The grain of the interval. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    /** No interval. */
    NONE
  }

  /** How the time was found. */
  public enum Source {
    /** A time expression in the same sentence, linked to the trigger. */
    TIMEX,
    /**
     * A time expression of the same sentence whose phrase hangs on another event of it, taken
     * because none hangs on this trigger: "spoke with Zelensky Wednesday about efforts to end the
     * conflict" dates "efforts" and "conflict" by the talk they are the subject of.
     */
    SENTENCE_TIMEX,
    /** The tense of the trigger and the publication date (past: before it; present: on it). */
    TENSE,
    /** Nothing says when. */
    UNKNOWN
  }

  private static final EventTime UNKNOWN = new EventTime(null, null, Precision.NONE, Source.UNKNOWN, null);

  public EventTime {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
    if ((first == null) != (last == null) || (first == null) != (precision == Precision.NONE)) {
      throw new IllegalArgumentException("an event time has both days and a precision, or neither");
    }
    if (first != null && last.isBefore(first)) {
      throw new IllegalArgumentException("an event time ends before it starts: " + first + ".." + last);
    }
    if ((source == Source.TIMEX || source == Source.SENTENCE_TIMEX) != (timex != null)) {
      throw new IllegalArgumentException("a time found from a time expression names it, and only then");
    }
  }

  /** No time known. */
  public static EventTime unknown() {
    return UNKNOWN;
  }

  public boolean isKnown() {
    return first != null;
  }

  /** Whether a time expression of the trigger's sentence gives the time, its own or another event's. */
  public boolean fromTimex() {
    return source == Source.TIMEX || source == Source.SENTENCE_TIMEX;
  }
}
