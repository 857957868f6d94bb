package org.storyline.lexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English names of months and weekdays, lower-cased, taken from {@code java.time} rather than
 * spelt out: the time tagger and the clusterer's day mentions both read them.
 */
public final class CalendarNames {

  /** Full month names ("january"). */
  public static final Map<String, Month> MONTHS;
  /** Three-letter month abbreviations ("jan") and "sept". */
  public static final Map<String, Month> MONTH_ABBREVIATIONS;
  /** Weekday names ("monday"). */
  public static final Map<String, DayOfWeek> WEEKDAYS;

  static {
    Map<String, Month> months = new HashMap<>();
    Map<String, Month> abbreviations = new HashMap<>();
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      months.put(name, m);
      abbreviations.put(name.substring(0, 3), m);
    }
    abbreviations.put("sept", Month.SEPTEMBER);
    Map<String, DayOfWeek> weekdays = new HashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      weekdays.put(d.name().toLowerCase(Locale.ROOT), d);
    }
    MONTHS = Map.copyOf(months);
    MONTH_ABBREVIATIONS = Map.copyOf(abbreviations);
    WEEKDAYS = Map.copyOf(weekdays);
  }

  private CalendarNames() {}

  /** The month a full name or an abbreviation names, or null. */
  public static Month month(String lower) {
    Month m = MONTHS.get(lower);
    return m != null ? m : MONTH_ABBREVIATIONS.get(lower);
  }
}
