package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import org.storyline.extract.time.TimexValue.Day;

/** "the week of March 6": the week that holds the day. */
final class WeekOfRule {

  private final ScanTokens tokens;
  private final MonthRule months;

  WeekOfRule(ScanContext context, MonthRule months) {
    this.tokens = context.tokens();
    this.months = months;
  }

  /** "the week of March 6": the week that holds the day. */
  Match weekOf(int j) {
    if (!tokens.is(j, "the") || !tokens.is(j + 1, "week") || !tokens.is(j + 2, "of")) {
      return null;
    }
    Match day = months.month(j + 3, true);
    if (day == null) {
      day = months.dayMonth(j + 3);
    }
    return day != null && day.value() instanceof Day d ? new Match(day.end(), DATE, Calendar.week(d.date(), false), null) : null;
  }
}
