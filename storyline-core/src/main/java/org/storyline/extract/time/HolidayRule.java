package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;
import org.storyline.extract.time.TimexValue.Day;

/** Holidays: "Christmas Eve", "Halloween", "New Year's Day", "Valentine's Day", "Thanksgiving", "Easter", "Labor Day", "Memorial Day", "Election Day". */
final class HolidayRule {

  private final ScanTokens tokens;
  private final ScanContext context;
  private final LocalDate dct;

  HolidayRule(ScanContext context) {
    this.tokens = context.tokens();
    this.context = context;
    this.dct = context.dct();
  }

  /** Fixed-date holidays and Thanksgiving, resolved like a month and day. */
  Match holiday(int j) {
    Token t = tokens.tok(j);
    if (t == null || !t.capitalized()) {
      return null;
    }
    int end;
    Month m;
    int day;
    switch (tokens.w(j)) {
      case "christmas" -> {
        m = Month.DECEMBER;
        day = tokens.is(j + 1, "eve") ? 24 : 25;
        end = tokens.is(j + 1, "eve") || tokens.is(j + 1, "day") ? j + 2 : j + 1;
      }
      case "halloween" -> {
        m = Month.OCTOBER;
        day = 31;
        end = j + 1;
      }
      case "new" -> {
        if (!(tokens.is(j + 1, "year") && tokens.possessive(j + 2))) {
          return null;
        }
        int k = j + 4;
        if (tokens.is(k, "eve")) {
          m = Month.DECEMBER;
          day = 31;
        } else if (tokens.is(k, "day")) {
          m = Month.JANUARY;
          day = 1;
        } else {
          return null;
        }
        end = k + 1;
      }
      case "thanksgiving" -> {
        return movable(j, tokens.is(j + 1, "day") ? j + 2 : j + 1, HolidayRule::thanksgiving);
      }
      case "election", "memorial", "labor" -> {
        if (!capitalizedDay(j + 1)) {
          return null;
        }
        return movable(j, j + 2, tokens.is(j, "election") ? HolidayRule::electionDay
            : tokens.is(j, "memorial") ? HolidayRule::memorialDay : HolidayRule::laborDay);
      }
      case "easter" -> {
        if (tokens.is(j + 1, "week") && !tokens.is(j + 2, "-")) { // the week that ends on Easter Sunday, as TimeML annotates it
          Match monday = movable(j, j + 2, year -> easter(year).minusDays(6)); // past only once the whole week began
          return new Match(monday.end(), DATE, Calendar.week(((Day) monday.value()).date(), false), null);
        }
        return movable(j, tokens.is(j + 1, "sunday") || tokens.is(j + 1, "day") ? j + 2 : j + 1, HolidayRule::easter);
      }
      case "valentine" -> {
        if (!(tokens.possessive(j + 1) && capitalizedDay(j + 3))) {
          return null;
        }
        m = Month.FEBRUARY;
        day = 14;
        end = j + 4;
      }
      default -> {
        return null;
      }
    }
    Tense tense = context.tense(j, end);
    return new Match(end, DATE, new Day(Calendar.monthDay(dct, m, day, tense)), null);
  }

  /** Whether token {@code k} is "Day", capitalized as in a holiday's name ("Labor Day", not "labor day"). */
  private boolean capitalizedDay(int k) {
    Token t = tokens.tok(k);
    return t != null && t.capitalized() && t.lower().equals("day");
  }

  /**
   * A holiday whose date moves from year to year, named by tokens up to {@code end}: this year's,
   * or the one before or after when the tense looks back past it or ahead past it.
   */
  private Match movable(int j, int end, IntFunction<LocalDate> inYear) {
    Tense tense = context.tense(j, end);
    LocalDate thisYear = inYear.apply(dct.getYear());
    LocalDate v = tense == Tense.PAST && thisYear.isAfter(dct) ? inYear.apply(dct.getYear() - 1)
        : tense == Tense.FUTURE && thisYear.isBefore(dct) ? inYear.apply(dct.getYear() + 1) : thisYear;
    return new Match(end, DATE, new Day(v), null);
  }

  private static LocalDate thanksgiving(int year) {
    return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }

  /** US Election Day: the Tuesday after the first Monday of November. */
  static LocalDate electionDay(int year) {
    return LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
  }

  private static LocalDate memorialDay(int year) {
    return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
  }

  private static LocalDate laborDay(int year) {
    return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
  }

  /** Western Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
