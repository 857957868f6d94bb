package org.storyline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DatingPropertiesTest {

  private static final ArticleDater DATER = ArticleDater.standard();
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property(tries = 60)
  void pastAndFutureFullDates_dateTheArticleInTheWindowTheyBound(
      @ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 60) int before, @ForAll @IntRange(min = 0, max = 60) int after) {
    LocalDate past = d.minusDays(before);
    LocalDate future = d.plusDays(after);
    String text = "Officials met in Stockholm on " + FULL.format(past) + ". Talks will be held in Geneva on " + FULL.format(future) + ".";
    DateEstimate e = DATER.estimate(Articles.undated(text), List.of()).orElseThrow();
    assertThat(e.date()).isBetween(past, future);
    assertThat(e.confidence()).isBetween(0.0, 1.0);
  }

  @Property(tries = 60)
  void weekdayInBothTenses_datesTheArticleOnThatWeekday(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 30) int earlier) {
    String day = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String text = "The talks ended on " + FULL.format(d.minusDays(earlier)) + ". On " + day + ", the minister said the plan was ready. "
        + "The minister will meet allies " + day + " in Brussels.";
    DateEstimate e = DATER.estimate(Articles.undated(text), List.of()).orElseThrow();
    assertThat(e.date().getDayOfWeek()).isEqualTo(d.getDayOfWeek());
    assertThat(e.date()).isAfterOrEqualTo(d.minusDays(earlier)).isBefore(d.minusDays(earlier).plusDays(8));
  }

  @Property(tries = 60)
  void sharedWeekday_datesTheArticleWithinSixDaysAfterThePeersEvent(@ForAll("dates") LocalDate peerDate) {
    String day = peerDate.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    var peer = Articles.dated(peerDate, "Antony Blinken spoke today with Volodymyr Zelenskyy in Kyiv.");
    var undated = Articles.undated("Antony Blinken spoke with Volodymyr Zelenskiy " + day + " in Kyiv.");
    DateEstimate e = DATER.estimate(undated, List.of(peer)).orElseThrow();
    assertThat(e.date()).isBetween(peerDate, peerDate.plusDays(6));
  }
}
