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
 * 10:15:00 GMT}). The day is taken as written, never shifted to another time zone. Impossible
 * days ({@code 2021-02-30}) are not read.
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
    return Optional.empty();
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
