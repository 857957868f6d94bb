package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.TIME;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.storyline.extract.time.TimexValue.Day;

/** Clock times and the day they are on: "3 p.m. ET", "10:30 a.m.", "15:00 GMT", "noon", "4 in the morning", "9 a.m. Tuesday". */
final class ClockRule {

  /** The hour of "midnight": the end of the day it is named with, TimeML's {@code T24}. */
  private static final int MIDNIGHT = 24;

  private final ScanTokens tokens;
  private final DateNumbers numbers;
  private final ScanContext context;
  private final LocalDate dct;
  private final MonthRule months;
  private final WeekdayRule weekdays;

  ClockRule(ScanContext context, MonthRule months, WeekdayRule weekdays) {
    this.tokens = context.tokens();
    this.numbers = context.numbers();
    this.context = context;
    this.dct = context.dct();
    this.months = months;
    this.weekdays = weekdays;
  }

  /** "3 p.m. ET", "10:30 a.m.", "15:00 GMT", "noon". */
  Match clock(int j) {
    Token t = tokens.tok(j);
    if (t == null) {
      return null;
    }
    int hour;
    int minute = 0;
    int end;
    if (t.isNumber()) {
      String s = t.text();
      int colon = s.indexOf(':');
      try {
        if (colon > 0) {
          if (s.length() - colon != 3 || colon > 2) {
            return null;
          }
          hour = Integer.parseInt(s.substring(0, colon));
          minute = Integer.parseInt(s.substring(colon + 1));
        } else {
          if (s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return null;
          }
          hour = Integer.parseInt(s);
        }
      } catch (NumberFormatException e) {
        return null;
      }
      if (Lexicon.AMPM.contains(tokens.w(j + 1))) {
        if (hour < 1 || hour > 12 || minute > 59) {
          return null;
        }
        boolean pm = tokens.w(j + 1).startsWith("p");
        hour = hour % 12 + (pm ? 12 : 0);
        end = j + 2;
      } else if (tokens.is(j + 1, "o'clock")) {
        end = j + 2;
      } else if (partOfDayAfter(j + 1) > 0 && hour >= 1 && hour <= 12 && minute < 60) {
        hour = hourInPartOfDay(hour, tokens.w(partOfDayAfter(j + 1) - 1));
        end = partOfDayAfter(j + 1);
      } else if (colon > 0 && Lexicon.TIME_ZONES.contains(tokens.w(j + 1)) && hour < 24 && minute < 60) {
        end = j + 1;
      } else {
        return null;
      }
      Token z = tokens.tok(end);
      if (z != null && Lexicon.TIME_ZONES.contains(z.lower()) && Character.isUpperCase(z.text().charAt(0))) {
        end++;
      } else if (tokens.is(end, "local") && tokens.is(end + 1, "time")) {
        end += 2;
      }
    } else if (tokens.is(j, "noon") || tokens.is(j, "midday")) {
      hour = 12;
      end = j + 1;
    } else if (tokens.is(j, "midnight") && !(tokens.tok(j + 1) != null && tokens.tok(j + 1).isWord() && tokens.tok(j + 1).capitalized()
        && !Lexicon.WEEKDAYS.containsKey(tokens.w(j + 1)) && numbers.monthAt(j + 1) == null)) { // not "Midnight Oil"
      hour = MIDNIGHT;
      end = j + 1;
    } else {
      return null;
    }
    int e = tokens.is(end, ",") ? end + 1 : end;
    Match day = months.month(e, true);
    if (day == null) {
      Token wd = tokens.tok(e);
      day = wd != null && wd.capitalized() && Lexicon.WEEKDAYS.containsKey(wd.lower()) ? weekdays.weekday(e) : null;
    }
    if (day != null && day.value() instanceof Day d) {
      LocalDate date = d.date();
      if (day.end() == e + 1) { // a bare weekday: its tense is the whole expression's ("until 9 a.m. Tuesday")
        date = Calendar.weekday(dct, Lexicon.WEEKDAYS.get(tokens.w(e)), context.weekdayTense(j, e + 1));
      }
      return new Match(day.end(), TIME, clockValue(date, hour, minute), null);
    }
    return new Match(end, TIME, clockValue(clockDay(j, end), hour, minute), null);
  }

  /**
   * The end of "in the morning", "in the afternoon", "in the evening" or "at night" starting at
   * token {@code k}, or -1: the part of the day that makes a bare hour a clock time ("at 4 in the morning").
   */
  private int partOfDayAfter(int k) {
    if (tokens.is(k, "in") && tokens.is(k + 1, "the") && (tokens.is(k + 2, "morning") || tokens.is(k + 2, "afternoon") || tokens.is(k + 2, "evening"))) {
      return k + 3;
    }
    return tokens.is(k, "at") && tokens.is(k + 1, "night") ? k + 2 : -1;
  }

  /** A 12-hour clock's {@code hour} in the part of the day named {@code part}, on the 24-hour clock. */
  private static int hourInPartOfDay(int hour, String part) {
    return switch (part) {
      case "afternoon", "evening" -> hour % 12 + 12;
      case "night" -> hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour; // "11 at night" is 23:00, "2 at night" 02:00
      default -> hour % 12;
    };
  }

  private static TimexValue clockValue(LocalDate day, int hour, int minute) {
    return hour == MIDNIGHT ? new TimexValue.Other(day + "T24") : new TimexValue.Clock(day.atTime(hour, minute));
  }

  /** The day a clock time is on: a weekday or "today"/"yesterday"/"tomorrow" next to it, or the DCT. */
  private LocalDate clockDay(int j, int end) {
    int afterParens = -1;
    if (tokens.is(end, "(")) { // "10:35 a.m. (0735 GMT) Friday"
      for (int k = end + 1; k < Math.min(tokens.size(), end + 6); k++) {
        if (tokens.is(k, ")")) {
          afterParens = k + 1;
          break;
        }
      }
    }
    int[] candidates = {end, end + 1, afterParens, j - 2, j - 3};
    for (int c : candidates) {
      if ((c == end + 1 && !tokens.is(end, "on")) || c < 0) {
        continue;
      }
      Token t = tokens.tok(c);
      if (t == null || tokens.get(c).sentence() != tokens.get(j).sentence()) {
        continue;
      }
      DayOfWeek dow = Lexicon.WEEKDAYS.get(t.lower());
      if (dow != null && t.capitalized()) {
        return Calendar.weekday(dct, dow, context.weekdayTense(j, end));
      }
      switch (t.lower()) {
        case "yesterday" -> {
          return dct.minusDays(1);
        }
        case "tomorrow" -> {
          return dct.plusDays(1);
        }
        default -> { }
      }
    }
    return dct;
  }
}
