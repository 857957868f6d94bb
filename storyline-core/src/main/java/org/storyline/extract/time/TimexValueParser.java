package org.storyline.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.extract.time.TimexValue.*;

/** The patterns behind {@link TimexValue#parse(String)}. */
final class TimexValueParser {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_PART = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI|DT)");
  private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::00)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR_PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");
  private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+|X)(Y|M|W|D|DE|CE|Q|H|S)");

  private TimexValueParser() {}

  static TimexValue parse(String v) {
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      return new Day(LocalDate.parse(v));
    } else if ((m = DAY_PART.matcher(v)).matches()) {
      return new DayPart(LocalDate.parse(m.group(1)), PartOfDay.valueOf(m.group(2)));
    } else if ((m = CLOCK.matcher(v)).matches()) {
      return new Clock(LocalDate.parse(m.group(1)).atTime(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } else if ((m = WEEK.matcher(v)).matches()) {
      return new Week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) != null);
    } else if ((m = MONTH.matcher(v)).matches()) {
      return new Month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } else if ((m = YEAR_PART.matcher(v)).matches()) {
      return new YearPart(Integer.parseInt(m.group(1)), Segment.valueOf(m.group(2)));
    } else if (YEAR.matcher(v).matches()) {
      return new Year(Integer.parseInt(v));
    } else if ((m = DECADE.matcher(v)).matches()) {
      return new Decade(Integer.parseInt(m.group(1)));
    } else if ((m = CENTURY.matcher(v)).matches()) {
      return new Century(Integer.parseInt(m.group(1)));
    } else if ((m = DURATION.matcher(v)).matches()) {
      return duration(m.group(1).equals("T"), m.group(2), m.group(3), v);
    }
    for (Ref r : Ref.values()) {
      if (r.name().equals(v)) {
        return r;
      }
    }
    return new Other(v);
  }

  private static TimexValue duration(boolean clock, String amount, String designator, String v) {
    for (Unit u : Unit.values()) {
      if (u.clock == clock && u.designator.equals(designator)) {
        return new Duration(amount.equals("X") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(amount)), u);
      }
    }
    return new Other(v);
  }
}
