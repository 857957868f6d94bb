package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DayMentionsTest {

  private static final LocalDate MONDAY = LocalDate.of(2021, 12, 6);

  @Test
  void weekdays_areTheLastOnOrBeforePublication() {
    assertThat(days(MONDAY, "shot on saturday night")).containsExactly(day(2021, 12, 4));
    assertThat(days(MONDAY, "police said monday")).containsExactly(day(2021, 12, 6));
    assertThat(days(MONDAY, "late tuesday")).containsExactly(day(2021, 11, 30));
  }

  @Test
  void aWeekdayAfterTheFutureInTheSameSentence_isAhead() {
    assertThat(sentences(MONDAY, "biden will speak with putin on tuesday")).containsExactly(day(2021, 12, 7));
    assertThat(sentences(MONDAY, "biden is set to speak with allies monday")).as("on a Monday: today").containsExactly(day(2021, 12, 6));
    assertThat(sentences(MONDAY, "talks are planned", "they met on friday")).as("a new sentence looks back again")
        .containsExactly(day(2021, 12, 3));
  }

  @Test
  void yesterdayLastNightTodayAndTonight() {
    assertThat(days(MONDAY, "killed last night")).containsExactly(day(2021, 12, 5));
    assertThat(days(MONDAY, "yesterday and again tonight")).containsExactly(day(2021, 12, 5), day(2021, 12, 6));
    assertThat(days(MONDAY, "the last time at night")).isEmpty();
  }

  @Test
  void aMonthWithADay_takesThePublicationYear_orTheOneBefore() {
    assertThat(days(MONDAY, "on nov 30th the")).containsExactly(day(2021, 11, 30));
    assertThat(days(MONDAY, "since december 12")).containsExactly(day(2021, 12, 12)); // within a week ahead: a date set
    assertThat(days(LocalDate.of(2022, 1, 3), "the call of dec 30")).containsExactly(day(2021, 12, 30));
    assertThat(days(MONDAY, "feb 30 may be march")).isEmpty();
    assertThat(days(MONDAY, "in march 2019")).isEmpty();
  }

  @Test
  void anUndatedArticle_speaksOfNoDay() {
    assertThat(days(null, "on saturday and yesterday")).isEmpty();
  }

  @Test
  void eachDayCountsOnce_andAtMostMaxDaysAreKept() {
    assertThat(days(MONDAY, "saturday and again saturday")).hasSize(1);
    assertThat(days(MONDAY, "jan 1 jan 2 jan 3 jan 4 jan 5 jan 6 jan 7 jan 8 jan 9 jan 10")).hasSize(DayMentions.MAX_DAYS);
  }

  @Property
  void aWeekday_isWithinTheWeekUpToPublication_onThatWeekday(
      @ForAll @IntRange(min = 0, max = 40_000) int epochDay, @ForAll DayOfWeek weekday) {
    LocalDate published = LocalDate.ofEpochDay(epochDay);
    int[] days = days(published, weekday.name().toLowerCase(Locale.ROOT));
    assertThat(days).hasSize(1);
    LocalDate named = LocalDate.ofEpochDay(days[0]);
    assertThat(named.getDayOfWeek()).isEqualTo(weekday);
    assertThat(named).isBetween(published.minusDays(6), published);
  }

  @Property
  void aMonthDay_isAtMostAWeekAheadAndWithinAYearBefore(
      @ForAll @IntRange(min = 0, max = 40_000) int epochDay, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int dayOfMonth) {
    LocalDate published = LocalDate.ofEpochDay(epochDay);
    String name = java.time.Month.of(month).name().toLowerCase(Locale.ROOT);
    int[] days = days(published, name + " " + dayOfMonth);
    assertThat(days).hasSize(1);
    LocalDate named = LocalDate.ofEpochDay(days[0]);
    assertThat(named.getMonthValue()).isEqualTo(month);
    assertThat(named.getDayOfMonth()).isEqualTo(dayOfMonth);
    assertThat(named).isBetween(published.minusYears(1), published.plusDays(7));
  }

  private static int[] days(LocalDate published, String words) {
    return sentences(published, words);
  }

  /** The days of these sentences, each a string of lower-case words. */
  private static int[] sentences(LocalDate published, String... sentences) {
    DayMentions d = new DayMentions(published);
    for (String sentence : sentences) {
      String[] words = sentence.split(" ");
      for (int i = 0; i < words.length; i++) {
        d.word(words[i], i == 0);
      }
    }
    return d.days();
  }

  private static int day(int y, int m, int d) {
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }
}
