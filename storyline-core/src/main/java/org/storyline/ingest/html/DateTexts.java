package org.storyline.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.lexicon.CalendarNames;

/**
 * Reads dates as pages write them: machine forms in metadata ({@code 2021-12-06}, {@code
 * 2021-12-06T10:15:00-05:00}, {@code 20211206}, RFC 1123), dates in addresses ({@code
 * /2021/12/06/}) and English dates in running text ({@code December 6, 2021}, {@code 6 Dec
 * 2021}). Impossible days are not read; years outside 1990-2099 are not either.
 */
final class DateTexts {

  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd")
      .optionalStart().optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalStart().appendFraction(
          java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendPattern("[XXXXX][XXXX][X]").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{2,6}Z?)?");
  private static final Pattern URL_DAY = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\.|$)");
  private static final Pattern URL_DAY_SPLIT = Pattern.compile(
      "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");

  private DateTexts() {}

  /** A machine-written date ({@code <meta>}, JSON-LD, {@code <time datetime>}), or {@code null}. */
  static Published machine(String text, Published.Source source, String where) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      TemporalAccessor t = LOCAL.parseBest(value, OffsetDateTime::from, LocalDate::from);
      if (t instanceof OffsetDateTime odt) {
        return plausible(odt.toLocalDate(), odt, source, where);
      }
      return plausible((LocalDate) t, null, source, where);
    } catch (DateTimeParseException e) {
      // other forms below
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      return plausible(odt.toLocalDate(), odt, source, where);
    } catch (DateTimeParseException e) {
      // other forms below
    }
    Matcher m = COMPACT.matcher(value);
    if (m.matches()) {
      return day(m.group(1), m.group(2), m.group(3), source, where);
    }
    m = ISO_DAY.matcher(value);
    if (m.lookingAt()) {
      return day(m.group(1), m.group(2), m.group(3), source, where);
    }
    return prose(value, source, where);
  }

  /** The day an address names ({@code /2021/12/06/}, {@code /20211206/}), or {@code null}. */
  static Published inUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DAY_SPLIT.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), Published.Source.URL, "url");
    }
    m = URL_DAY.matcher(url);
    return m.find() ? day(m.group(1), m.group(2), m.group(3), Published.Source.URL, "url") : null;
  }

  /** The first English date in running text ({@code Dec. 6, 2021}, {@code 6 December 2021}), or {@code null}. */
  static Published prose(String text, Published.Source source, String where) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    Matcher n = DAY_MONTH_YEAR.matcher(text);
    boolean first = m.find();
    boolean second = n.find();
    if (first && (!second || m.start() <= n.start())) {
      return day(m.group(3), month(m.group(1)), m.group(2), source, where);
    }
    if (second) {
      return day(n.group(3), month(n.group(2)), n.group(1), source, where);
    }
    return null;
  }

  private static String month(String name) {
    // every spelling MONTH matches opens with the month's three-letter abbreviation
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return String.valueOf(CalendarNames.MONTH_ABBREVIATIONS.get(key).getValue());
  }

  private static Published day(String year, String month, String day, Published.Source source, String where) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return plausible(date, null, source, where);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Published plausible(LocalDate date, OffsetDateTime dateTime, Published.Source source, String where) {
    int year = date.getYear();
    return year >= 1990 && year <= 2099 ? new Published(date, dateTime, source, where) : null;
  }
}
