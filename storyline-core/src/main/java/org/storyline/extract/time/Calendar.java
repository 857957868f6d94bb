package org.storyline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.storyline.extract.time.TimexValue.Segment;

/**
 * Calendar arithmetic for resolving expressions against an anchor date, in a tense's direction.
 *
 * <p>The windows are: a weekday in the past is in {@code [D-6, D]}, in the future in
 * {@code [D, D+6]}; "last W" is in {@code [D-7, D-1]}, "next W" in {@code [D+1, D+7]}. A month name
 * in the past is one of the twelve months ending with D's month, in the future one of the twelve
 * starting with it, and in the present the nearest (the earlier one on a tie). A named month (or
 * month and day) more than 8 months away in the tense's direction is taken as the nearest instead:
 * tense guesses are weak, and news rarely names a month that far off without a year.
 */
final class Calendar {

  private Calendar() {}

  static LocalDate weekday(LocalDate d, DayOfWeek w, Tense tense) {
    return switch (tense) {
      case PAST -> d.with(TemporalAdjusters.previousOrSame(w));
      case FUTURE -> d.with(TemporalAdjusters.nextOrSame(w));
      case PRESENT -> nearest(d, d.with(TemporalAdjusters.previousOrSame(w)), d.with(TemporalAdjusters.nextOrSame(w)));
    };
  }

  static LocalDate lastWeekday(LocalDate d, DayOfWeek w) {
    return d.minusDays(1).with(TemporalAdjusters.previousOrSame(w));
  }

  static LocalDate nextWeekday(LocalDate d, DayOfWeek w) {
    return d.plusDays(1).with(TemporalAdjusters.nextOrSame(w));
  }

  private static LocalDate nearest(LocalDate d, LocalDate before, LocalDate after) {
    return ChronoUnit.DAYS.between(before, d) <= ChronoUnit.DAYS.between(d, after) ? before : after;
  }

  /** Beyond this many days from D, a month and day named without a year is taken as the nearest one. */
  static final int MAX_TENSE_DAYS = 240;

  /** Beyond this many months from D, a month named without a year is taken as the nearest one. */
  static final int MAX_TENSE_MONTHS = 8;

  /** {@link #month} unless the tense's month is more than {@link #MAX_TENSE_MONTHS} away: then the nearest. */
  static YearMonth cappedMonth(LocalDate d, Month m, Tense tense) {
    YearMonth ym = month(d, m, tense);
    return Math.abs(ChronoUnit.MONTHS.between(YearMonth.from(d), ym)) > MAX_TENSE_MONTHS ? month(d, m, Tense.PRESENT) : ym;
  }

  static YearMonth month(LocalDate d, Month m, Tense tense) {
    YearMonth current = YearMonth.from(d);
    YearMonth same = YearMonth.of(d.getYear(), m);
    YearMonth past = same.isAfter(current) ? same.minusYears(1) : same;
    YearMonth future = same.isBefore(current) ? same.plusYears(1) : same;
    return switch (tense) {
      case PAST -> past;
      case FUTURE -> future;
      case PRESENT -> ChronoUnit.MONTHS.between(past, current) <= ChronoUnit.MONTHS.between(current, future) ? past : future;
    };
  }

  /** The day {@code m}/{@code day} in the tense's direction; throws if no such day exists. */
  static LocalDate monthDay(LocalDate d, Month m, int day, Tense tense) {
    LocalDate same = LocalDate.of(d.getYear(), m, day);
    LocalDate past = same.isAfter(d) ? LocalDate.of(d.getYear() - 1, m, day) : same;
    LocalDate future = same.isBefore(d) ? LocalDate.of(d.getYear() + 1, m, day) : same;
    return switch (tense) {
      case PAST -> past;
      case FUTURE -> future;
      case PRESENT -> nearest(d, past, future);
    };
  }

  static TimexValue.Week week(LocalDate d, boolean weekend) {
    return new TimexValue.Week(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekend);
  }

  static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The weekend meant by "the weekend": the one before D in the past, the coming one in the future. */
  static TimexValue.Week weekend(LocalDate d, Tense tense) {
    if (isWeekend(d) || tense == Tense.FUTURE) {
      return week(d, true);
    }
    return week(d.minusWeeks(1), true);
  }

  static int quarter(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  static Segment quarterSegment(int q) {
    return Segment.valueOf("Q" + q);
  }

  /** The quarter {@code q} quarters away from D's ({@code 0}: D's own quarter). */
  static TimexValue.YearPart quarterFrom(LocalDate d, int delta) {
    LocalDate shifted = d.withDayOfMonth(1).plusMonths(3L * delta);
    return new TimexValue.YearPart(shifted.getYear(), quarterSegment(quarter(shifted)));
  }

  private static int seasonStartMonth(Segment s) {
    return switch (s) {
      case SP -> 3;
      case SU -> 6;
      case FA -> 9;
      case WI -> 12;
      default -> throw new IllegalArgumentException(s + " is not a season");
    };
  }

  /**
   * The season {@code s} that has begun by D (past) or the first one that has not ended by D
   * (future); with {@code strict}, one that ended before D, or one that begins after it.
   */
  static TimexValue.YearPart season(LocalDate d, Segment s, Tense tense, boolean strict) {
    int start = seasonStartMonth(s);
    if (tense == Tense.FUTURE) {
      for (int y = d.getYear() - 1; ; y++) {
        LocalDate begin = LocalDate.of(y, start, 1);
        if (strict ? begin.isAfter(d) : begin.plusMonths(3).isAfter(d)) {
          return new TimexValue.YearPart(y, s);
        }
      }
    }
    for (int y = d.getYear() + 1; ; y--) {
      LocalDate begin = LocalDate.of(y, start, 1);
      if (strict ? !begin.plusMonths(3).isAfter(d) : !begin.isAfter(d)) {
        return new TimexValue.YearPart(y, s);
      }
    }
  }

  /** The date a value starts on, used as the reference for "that same week", "a year earlier". */
  static LocalDate anchorOf(TimexValue v) {
    if (v instanceof TimexValue.Day day) {
      return day.date();
    } else if (v instanceof TimexValue.DayPart dp) {
      return dp.date();
    } else if (v instanceof TimexValue.Clock c) {
      return c.time().toLocalDate();
    } else if (v instanceof TimexValue.Week w) {
      return LocalDate.of(w.weekBasedYear(), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week()).with(DayOfWeek.MONDAY);
    } else if (v instanceof TimexValue.Month m) {
      return m.month().atDay(1);
    } else if (v instanceof TimexValue.YearPart yp && yp.segment().name().startsWith("Q")) {
      return LocalDate.of(yp.year(), (yp.segment().ordinal()) * 3 + 1, 1);
    } else if (v instanceof TimexValue.Year y) {
      return LocalDate.of(y.year(), 1, 1);
    }
    return null;
  }
}
