package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The values' TimeML text is what {@code String.format} wrote before, for any number and date. */
class TimexValueTextTest {

  @Property(tries = 3000)
  void numbersOfAnySize_asFormat(@ForAll int value) {
    assertThat(new TimexValue.Decade(value).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%03d", value));
    assertThat(new TimexValue.Century(value).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%02d", value));
    assertThat(new TimexValue.YearPart(value, TimexValue.Segment.values()[0]).toTimeML())
        .startsWith(String.format(Locale.ROOT, "%04d-", value));
  }

  @Test
  void extremes_asFormat() {
    for (int v : new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000, -999, -100, -99, -10, -9, -1, 0, 1, 9, 10, 99,
        100, 999, 1000, 9999, 10000, Integer.MAX_VALUE}) {
      assertThat(new TimexValue.Decade(v).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%03d", v));
      assertThat(new TimexValue.Century(v).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%02d", v));
      assertThat(new TimexValue.Week(v, 7, false).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%04d-W07", v));
    }
  }

  @Property(tries = 1000)
  void values_asFormat(@ForAll @IntRange(min = -99999, max = 99999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute, @ForAll @IntRange(min = 1, max = 53) int week,
      @ForAll @IntRange(min = -1000, max = 1000) int period) {
    String y = String.format(Locale.ROOT, "%04d", year);
    LocalDate date = LocalDate.of(year, month, day);
    assertThat(new TimexValue.Day(date).toTimeML())
        .isEqualTo(y + String.format(Locale.ROOT, "-%02d-%02d", month, day));
    assertThat(new TimexValue.Clock(LocalDateTime.of(date, java.time.LocalTime.of(hour, minute))).toTimeML())
        .isEqualTo(y + String.format(Locale.ROOT, "-%02d-%02dT%02d:%02d", month, day, hour, minute));
    assertThat(new TimexValue.Week(year, week, week % 2 == 0).toTimeML())
        .isEqualTo(y + String.format(Locale.ROOT, "-W%02d", week) + (week % 2 == 0 ? "-WE" : ""));
    assertThat(new TimexValue.Month(YearMonth.of(year, month)).toTimeML())
        .isEqualTo(y + String.format(Locale.ROOT, "-%02d", month));
    assertThat(new TimexValue.Decade(period).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%03d", period));
    assertThat(new TimexValue.Century(period).toTimeML()).isEqualTo(String.format(Locale.ROOT, "%02d", period));
  }
}
