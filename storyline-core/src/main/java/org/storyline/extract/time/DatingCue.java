package org.storyline.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Span;

/**
 * A time expression read without a document date, kept in the form that matters for dating the
 * text: "Dec. 7, 2021" said in the past tense, the weekday "Monday" said in the future tense,
 * "next month". {@link #dayOn(LocalDate)} says which day the expression names if the text was
 * written on a given day, the link between a candidate date and what the text says.
 *
 * <pre>{@code
 * new DatingCue.Weekday(span, "Tuesday", Tense.FUTURE, DayOfWeek.TUESDAY, 0).dayOn(LocalDate.of(2021, 12, 6))
 * // Optional[2021-12-07]
 * }</pre>
 */
public sealed interface DatingCue {

  /** Where the expression is, in the text read. */
  Span span();

  /** The characters of {@link #span()}. */
  String text();

  /** The tense of the sentence around the expression, as the tagger guesses it. */
  Tense tense();

  /** The day the expression names if the text was written on {@code written}; empty when it names no single day. */
  default Optional<LocalDate> dayOn(LocalDate written) {
    return Optional.empty();
  }

  /** A day with its year: "Dec. 7, 2021", "2021-12-07". */
  record FullDate(Span span, String text, Tense tense, LocalDate date) implements DatingCue {
    public FullDate {
      check(span, text, tense);
      Objects.requireNonNull(date, "date");
    }

    @Override
    public Optional<LocalDate> dayOn(LocalDate written) {
      return Optional.of(date);
    }
  }

  /** A day without a year: "Dec. 7", "the 10th of January"; the year follows from the tense. */
  record MonthDay(Span span, String text, Tense tense, Month month, int day) implements DatingCue {
    public MonthDay {
      check(span, text, tense);
      Objects.requireNonNull(month, "month");
      if (day < 1 || day > month.maxLength()) {
        throw new IllegalArgumentException(month + " has no day " + day);
      }
    }

    @Override
    public Optional<LocalDate> dayOn(LocalDate written) {
      if (month == Month.FEBRUARY && day == 29 && !written.isLeapYear()) {
        return Optional.empty();
      }
      try {
        LocalDate d = Calendar.monthDay(written, month, day, tense);
        return Optional.of(Math.abs(ChronoUnit.DAYS.between(written, d)) > Calendar.MAX_TENSE_DAYS
            ? Calendar.monthDay(written, month, day, Tense.PRESENT) : d);
      } catch (DateTimeException e) {
        return Optional.empty(); // Feb. 29 in a year that has none
      }
    }
  }

  /**
   * A weekday: "Monday", "last Friday" ({@code shift} -1), "next Tuesday" ({@code shift} 1); a
   * bare weekday ({@code shift} 0) lies in the week ending on the day of writing in the past
   * tense, in the week starting on it in the future tense.
   */
  record Weekday(Span span, String text, Tense tense, DayOfWeek day, int shift) implements DatingCue {
    public Weekday {
      check(span, text, tense);
      Objects.requireNonNull(day, "day");
      if (shift < -1 || shift > 1) {
        throw new IllegalArgumentException("shift must be -1, 0 or 1: " + shift);
      }
    }

    @Override
    public Optional<LocalDate> dayOn(LocalDate written) {
      return Optional.of(switch (shift) {
        case -1 -> Calendar.lastWeekday(written, day);
        case 1 -> Calendar.nextWeekday(written, day);
        default -> Calendar.weekday(written, day, tense);
      });
    }
  }

  /** "today", "tonight" ({@code offset} 0), "yesterday" (-1), "tomorrow" (1). */
  record RelativeDay(Span span, String text, Tense tense, int offset) implements DatingCue {
    public RelativeDay {
      check(span, text, tense);
    }

    @Override
    public Optional<LocalDate> dayOn(LocalDate written) {
      return Optional.of(written.plusDays(offset));
    }
  }

  /** "last month" ({@code offset} -1), "this month" (0), "next month" (1). */
  record RelativeMonth(Span span, String text, Tense tense, int offset) implements DatingCue {
    public RelativeMonth {
      check(span, text, tense);
    }

    /** The month named if the text was written on {@code written}. */
    public YearMonth monthOn(LocalDate written) {
      return YearMonth.from(written).plusMonths(offset);
    }
  }

  /** A month without a year or day: "January", "last November". */
  record NamedMonth(Span span, String text, Tense tense, Month month) implements DatingCue {
    public NamedMonth {
      check(span, text, tense);
      Objects.requireNonNull(month, "month");
    }
  }

  /**
   * A year, or a month of a year: "2014", "early 2022" ({@code mod} START), "August 2020"
   * ({@code month} AUGUST); {@code month} and {@code mod} may be null.
   */
  record Year(Span span, String text, Tense tense, int year, Month month, TimexMod mod) implements DatingCue {
    public Year {
      check(span, text, tense);
    }

    /** The first day the expression covers. */
    public LocalDate first() {
      return month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
    }

    /** The last day the expression covers, narrowed by "early" or "late" for a whole year. */
    public LocalDate last() {
      if (month != null) {
        return YearMonth.of(year, month).atEndOfMonth();
      }
      return mod == TimexMod.START ? LocalDate.of(year, 4, 30) : LocalDate.of(year, 12, 31);
    }
  }

  private static void check(Span span, String text, Tense tense) {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tense, "tense");
  }
}
