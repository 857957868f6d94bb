package org.storyline.extract.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.storyline.lexicon.CalendarNames;
import org.storyline.extract.time.TimexValue.PartOfDay;
import org.storyline.extract.time.TimexValue.Segment;
import org.storyline.extract.time.TimexValue.Unit;

/** The word tables of {@link RuleTimeTagger}, all keyed by lower-case token text. */
final class Lexicon {

  private Lexicon() {}

  /** Nouns after a number that make it a count, not a year or a day ("2000 people", "March 3 and 25 people"). */
  static final Set<String> COUNT_NOUNS = Set.of(
      "people", "troops", "men", "women", "soldiers", "times", "members", "workers", "students", "votes",
      "cases", "deaths", "jobs", "units", "homes", "cars", "shares", "points", "miles", "feet", "meters");
  static final Map<String, Month> MONTHS = CalendarNames.MONTHS;
  /** Abbreviations that need a day or a year after them to count as a month ("Jan 10"). */
  static final Map<String, Month> MONTH_ABBREVIATIONS = CalendarNames.MONTH_ABBREVIATIONS;
  static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.WEEKDAYS;
  static final Map<String, PartOfDay> PARTS_OF_DAY = Map.of(
      "morning", PartOfDay.MO, "afternoon", PartOfDay.AF, "evening", PartOfDay.EV,
      "night", PartOfDay.NI, "overnight", PartOfDay.NI);
  static final Map<String, Segment> SEASONS = Map.of(
      "spring", Segment.SP, "summer", Segment.SU, "fall", Segment.FA, "autumn", Segment.FA, "winter", Segment.WI);
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  static final Map<String, Integer> NUMBERS = new HashMap<>();
  static final Map<String, Unit> UNITS = new HashMap<>();
  /** Units written in the plural ("weeks"); the singular forms are in {@link #UNITS}. */
  static final Map<String, Unit> PLURAL_UNITS = new HashMap<>();
  static final Map<String, Unit> SET_ADVERBS = Map.of(
      "daily", Unit.DAY, "weekly", Unit.WEEK, "monthly", Unit.MONTH, "annually", Unit.YEAR,
      "yearly", Unit.YEAR, "nightly", Unit.DAY, "hourly", Unit.HOUR);
  static final Set<String> AMPM = Set.of("a.m", "p.m", "am", "pm");
  static final Set<String> TIME_ZONES = Set.of(
      "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest");
  /** Capitalised words after a weekday that make it part of a name ("Sunday Times"). */
  static final Set<String> WEEKDAY_NAME_PARTS = Set.of(
      "times", "telegraph", "express", "mirror", "herald", "post", "school", "mail", "tribune",
      "independent", "observer", "magazine", "edition", "live", "bloody", "people", "sport", "star");
  /** Words after a four-digit number that make it a count ("1500 troops"). */
  static final Set<String> YEAR_PREPOSITIONS = Set.of(
      "in", "since", "until", "till", "by", "of", "during", "before", "after", "from", "to", "through",
      "fiscal", "early", "late", "mid", "the", "between", "and", "around", "circa", "for");

  static {
    String[] ord = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth"};
    for (int i = 0; i < ord.length; i++) {
      ORDINALS.put(ord[i], i + 1);
    }
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 0; i < small.length; i++) {
      NUMBERS.put(small[i], i);
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBERS.put(tens[i], 30 + 10 * i);
    }
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("dozen", 12);
    NUMBERS.put("hundred", 100);
    unit(Unit.YEAR, "year", "years");
    unit(Unit.MONTH, "month", "months");
    unit(Unit.WEEK, "week", "weeks");
    unit(Unit.DAY, "day", "days");
    unit(Unit.DECADE, "decade", "decades");
    unit(Unit.CENTURY, "century", "centuries");
    unit(Unit.QUARTER, "quarter", "quarters");
    unit(Unit.HOUR, "hour", "hours");
    unit(Unit.MINUTE, "minute", "minutes");
    unit(Unit.SECOND, "second", "seconds");
  }

  private static void unit(Unit u, String singular, String plural) {
    UNITS.put(singular, u);
    PLURAL_UNITS.put(plural, u);
  }
}
