package org.storyline.extract.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The normalised value of a time expression, typed by its granularity, and its TimeML form.
 *
 * <p>Each form prints itself with {@link #toTimeML()}; {@link #parse(String)} reads any TimeML
 * value back, falling back to {@link Other} for the forms that have no record of their own (e.g.
 * {@code 1998-10-XX}), so that a scorer can compare any gold value with ours. For every value
 * {@code v}: {@code parse(v.toTimeML()).equals(v)}.
 *
 * <pre>{@code
 * TimexValue.parse("2021-12-07TEV")  // DayPart[2021-12-07, EV]
 * new TimexValue.Week(2022, 3, true).toTimeML()  // "2022-W03-WE"
 * }</pre>
 */
public sealed interface TimexValue {

  /** The value as TimeML writes it in the TIMEX3 {@code value} attribute. */
  String toTimeML();

  /** A calendar day: {@code 2021-12-07}. */
  record Day(LocalDate date) implements TimexValue {
    public Day {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String toTimeML() {
      return year4(date.getYear()) + "-" + zeroPadded(date.getMonthValue(), 2) + "-" + zeroPadded(date.getDayOfMonth(), 2);
    }
  }

  /** A part of a day: {@code 2021-12-07TEV} ("Tuesday evening"). */
  record DayPart(LocalDate date, PartOfDay part) implements TimexValue {
    public DayPart {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(part, "part");
    }

    @Override
    public String toTimeML() {
      return new Day(date).toTimeML() + "T" + part.name();
    }
  }

  /** A clock time on a day, to the minute: {@code 2022-01-24T15:00}. */
  record Clock(LocalDateTime time) implements TimexValue {
    public Clock {
      Objects.requireNonNull(time, "time");
    }

    @Override
    public String toTimeML() {
      return new Day(time.toLocalDate()).toTimeML()
          + "T" + zeroPadded(time.getHour(), 2) + ":" + zeroPadded(time.getMinute(), 2);
    }
  }

  /** An ISO week, or its weekend: {@code 2021-W51}, {@code 2022-W03-WE}. */
  record Week(int weekBasedYear, int week, boolean weekend) implements TimexValue {
    public Week {
      if (week < 1 || week > 53) {
        throw new IllegalArgumentException("week " + week + " is not in 1..53");
      }
    }

    @Override
    public String toTimeML() {
      return year4(weekBasedYear) + "-W" + zeroPadded(week, 2) + (weekend ? "-WE" : "");
    }
  }

  /** A calendar month: {@code 2022-01}. */
  record Month(YearMonth month) implements TimexValue {
    public Month {
      Objects.requireNonNull(month, "month");
    }

    @Override
    public String toTimeML() {
      return year4(month.getYear()) + "-" + zeroPadded(month.getMonthValue(), 2);
    }
  }

  /** A quarter, half or season of a year: {@code 2022-Q1}, {@code 2021-H2}, {@code 2021-SU}. */
  record YearPart(int year, Segment segment) implements TimexValue {
    public YearPart {
      Objects.requireNonNull(segment, "segment");
    }

    @Override
    public String toTimeML() {
      return year4(year) + "-" + segment.name();
    }
  }

  /** A calendar year: {@code 2014}. */
  record Year(int year) implements TimexValue {
    @Override
    public String toTimeML() {
      return year4(year);
    }
  }

  /**
   * A decade, named by its first three digits: {@code new Decade(199)} is {@code 199}, as the
   * TIDES/TimeML value syntax writes "the 1990s" (a value with fewer digits is a coarser period);
   * {@code 199X} is read as well.
   */
  record Decade(int decade) implements TimexValue {
    @Override
    public String toTimeML() {
      return zeroPadded(decade, 3);
    }
  }

  /** A century, named by its first two digits: {@code new Century(19)} is {@code 19} ("the 20th century"); {@code 19XX} is read as well. */
  record Century(int century) implements TimexValue {
    @Override
    public String toTimeML() {
      return zeroPadded(century, 2);
    }
  }

  /**
   * A length of time in one unit: {@code P3Y}, {@code PT16H}; without an amount it is an
   * unspecified number of units ("for weeks": {@code PXW}).
   */
  record Duration(OptionalInt amount, Unit unit) implements TimexValue {
    public Duration {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(unit, "unit");
      if (amount.isPresent() && amount.getAsInt() < 0) {
        throw new IllegalArgumentException("negative duration " + amount.getAsInt());
      }
    }

    public static Duration of(int amount, Unit unit) {
      return new Duration(OptionalInt.of(amount), unit);
    }

    public static Duration some(Unit unit) {
      return new Duration(OptionalInt.empty(), unit);
    }

    @Override
    public String toTimeML() {
      String n = amount.isPresent() ? Integer.toString(amount.getAsInt()) : "X";
      return "P" + (unit.clock ? "T" : "") + n + unit.designator;
    }
  }

  /** The vague references to the present, the past and the future ("now", "recently", "soon"). */
  enum Ref implements TimexValue {
    PRESENT_REF,
    PAST_REF,
    FUTURE_REF;

    @Override
    public String toTimeML() {
      return name();
    }
  }

  /** Any TimeML value that has no record of its own (e.g. {@code 1998-10-XX}), kept as written. */
  record Other(String timeML) implements TimexValue {
    public Other {
      Objects.requireNonNull(timeML, "timeML");
    }

    @Override
    public String toTimeML() {
      return timeML;
    }
  }

  /** The parts of a day that TimeML names. */
  enum PartOfDay {
    MO, AF, EV, NI, DT
  }

  /** The quarters, halves and seasons of a year. */
  enum Segment {
    Q1, Q2, Q3, Q4, H1, H2, SP, SU, FA, WI
  }

  /** The units of a {@link Duration}, with their TimeML designator. */
  enum Unit {
    YEAR("Y", false),
    MONTH("M", false),
    WEEK("W", false),
    DAY("D", false),
    DECADE("DE", false),
    CENTURY("CE", false),
    QUARTER("Q", false),
    HOUR("H", true),
    MINUTE("M", true),
    SECOND("S", true);

    final String designator;
    final boolean clock;

    Unit(String designator, boolean clock) {
      this.designator = designator;
      this.clock = clock;
    }
  }

  /**
   * Reads a TimeML value. Never fails on a non-blank value: forms without a record of their own
   * become {@link Other}.
   *
   * @throws IllegalArgumentException if {@code timeML} is blank
   */
  static TimexValue parse(String timeML) {
    Objects.requireNonNull(timeML, "timeML");
    String v = timeML.trim();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("empty TIMEX3 value");
    }
    try {
      return TimexValueParser.parse(v);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return new Other(v);
    }
  }

  private static String year4(int year) {
    return zeroPadded(year, 4);
  }

  /**
   * {@code value} in decimal, padded with zeros after any sign to {@code width} characters: what
   * {@code String.format(Locale.ROOT, "%0" + width + "d", value)} writes, without parsing a
   * format and making a formatter each time (every stored extraction writes its values).
   */
  private static String zeroPadded(int value, int width) {
    String digits = Long.toString(Math.abs((long) value));
    int sign = value < 0 ? 1 : 0;
    int zeros = width - sign - digits.length();
    if (sign == 0 && zeros <= 0) {
      return digits;
    }
    StringBuilder b = new StringBuilder(width);
    if (sign == 1) {
      b.append('-');
    }
    for (int i = 0; i < zeros; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }
}
