package org.storyline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.chrono.IsoChronology;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as metadata writes them, read as the calendar day the writer meant: {@code
 * 2022-01-24}, {@code 2022-01-24T10:15:00}, with an offset ({@code Z}, {@code +01:00}, {@code
 * +0100}) or a zone id, {@code 2022-01-24 10:15:00}, and RFC 1123 ({@code Mon, 24 Jan 2022
 * 10:15:00 GMT}); and, as pages write them, an ISO day followed by a time and anything ({@code
 * 2019-11-19 02:24:00 UTC}), an English month name before or after the day ({@code November 19,
 * 2019, 07:47 PM EST}, {@code 19 Nov. 2019}, {@code Tue Nov 19 2019 08:41:00 GMT+0000 (UTC)} as
 * a script's {@code Date} prints it), with an optional weekday first. The day is taken as written,
 * never shifted to another time zone. Impossible days ({@code 2021-02-30}) are not read.
 */
final class Dates {

  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ISO_DATE_TIME,
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral('T').optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart().appendLiteral(' ').optionalEnd()
          .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));

  private static final Pattern ISO_DAY_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  /** An ISO day, then a time: what follows the time (a zone's name, its offset) does not move the day. */
  private static final Pattern ISO_DAY_AND_TIME = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{1,2}:\\d{2}\\b.*");
  private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?";
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  /** After the year, the end or something that is not a digit: a time, a zone, a comma. */
  private static final String AFTER_YEAR = "(?:$|[^0-9].*)";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + AFTER_YEAR);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + AFTER_YEAR);
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private Dates() {}

  /** The day {@code text} names, or empty when it is in no known form or impossible. */
  static Optional<LocalDate> parse(String text) {
    String value = text.strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(format.parse(value, LocalDate::from));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return asPagesWriteIt(value.toLowerCase(Locale.ROOT));
  }

  private static Optional<LocalDate> asPagesWriteIt(String value) {
    Matcher iso = ISO_DAY_AND_TIME.matcher(value);
    if (iso.matches()) {
      return day(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(value);
    if (mdy.matches()) {
      return day(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(value);
    if (dmy.matches()) {
      return day(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    return Optional.empty();
  }

  private static String month(String abbreviation) {
    return String.valueOf(MONTHS.indexOf(abbreviation.substring(0, 3)) + 1);
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // an impossible day: 2021-02-30, November 31
    }
  }

  /**
   * The warning for a date that was not read: {@code "impossible date '2021-02-30' in field
   * 'date'; stored undated"} or {@code "unreadable date 'soon' in field 'date'; stored undated"}.
   */
  static String notRead(String value, String where) {
    Matcher m = ISO_DAY_PREFIX.matcher(value.strip());
    boolean impossible = false;
    if (m.find()) {
      try {
        LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        impossible = true;
      }
    }
    return (impossible ? "impossible" : "unreadable") + " date '" + Messages.flatten(value) + "' in " + where
        + "; stored undated";
  }
}
