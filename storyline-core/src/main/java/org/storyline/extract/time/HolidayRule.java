package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import org.storyline.extract.time.TimexValue.Day;

/** Holidays: "Christmas Eve", "Halloween", "New Year's Day", "Thanksgiving". */
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
        end = tokens.is(j + 1, "day") ? j + 2 : j + 1;
        Tense tense = context.tense(j, end);
        LocalDate thisYear = thanksgiving(dct.getYear());
        LocalDate v = tense == Tense.PAST && thisYear.isAfter(dct) ? thanksgiving(dct.getYear() - 1)
            : tense == Tense.FUTURE && thisYear.isBefore(dct) ? thanksgiving(dct.getYear() + 1) : thisYear;
        return new Match(end, DATE, new Day(v), null);
      }
      default -> {
        return null;
      }
    }
    Tense tense = context.tense(j, end);
    return new Match(end, DATE, new Day(Calendar.monthDay(dct, m, day, tense)), null);
  }

  private static LocalDate thanksgiving(int year) {
    return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }
}
