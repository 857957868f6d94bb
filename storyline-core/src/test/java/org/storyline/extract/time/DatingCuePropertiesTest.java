package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class DatingCuePropertiesTest {

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void weekdayCue_dayOn_isWithinSixDaysInTheTensesDirection(@ForAll("dates") LocalDate d, @ForAll DayOfWeek w, @ForAll Tense tense) {
    LocalDate day = new DatingCue.Weekday(Span.of(0, 6), "Monday", tense, w, 0).dayOn(d).orElseThrow();
    assertThat(day.getDayOfWeek()).isEqualTo(w);
    switch (tense) {
      case PAST -> assertThat(day).isBetween(d.minusDays(6), d);
      case FUTURE -> assertThat(day).isBetween(d, d.plusDays(6));
      case PRESENT -> assertThat(day).isBetween(d.minusDays(3), d.plusDays(3));
    }
  }

  @Property
  void weekdayCue_dayOn_agreesWithTheTagger(@ForAll("dates") LocalDate d, @ForAll DayOfWeek w) {
    String name = w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String text = "The minister said " + name + " that talks had failed.";
    RuleTimeTagger tagger = new RuleTimeTagger();
    List<DatingCue> cues = tagger.cues(text);
    assertThat(cues).hasSize(1);
    Timex t = tagger.tag(text, d).get(0);
    assertThat(cues.get(0).span()).isEqualTo(t.span());
    assertThat(cues.get(0).dayOn(d)).contains(((TimexValue.Day) t.value()).date());
  }

  @Property
  void monthDayCue_dayOn_isWithinAYearInTheTensesDirection(@ForAll("dates") LocalDate d, @ForAll java.time.Month m) {
    LocalDate past = new DatingCue.MonthDay(Span.of(0, 1), "x", Tense.PAST, m, 1).dayOn(d).orElseThrow();
    assertThat(past.getMonth()).isEqualTo(m);
    assertThat(past).isBetween(d.minusYears(1), d.plusYears(1));
  }

  @Test
  void cues_readEachKindOfExpression() {
    List<DatingCue> cues = new RuleTimeTagger().cues(
        "Officials met on Dec. 1, 2021. The talks follow a Dec. 7 call. Biden will speak Tuesday. "
            + "Putin spoke today. Troops moved last month. A visit is possible in January. An offensive could come in early 2022.");
    assertThat(cues).extracting(c -> c.getClass().getSimpleName()).containsExactly(
        "FullDate", "MonthDay", "Weekday", "RelativeDay", "RelativeMonth", "NamedMonth", "Year");
    assertThat(cues.get(0)).isEqualTo(new DatingCue.FullDate(cues.get(0).span(), "Dec. 1, 2021", Tense.PAST, LocalDate.of(2021, 12, 1)));
    assertThat(((DatingCue.Weekday) cues.get(2)).tense()).isEqualTo(Tense.FUTURE);
    assertThat(((DatingCue.RelativeMonth) cues.get(4)).offset()).isEqualTo(-1);
    assertThat(((DatingCue.Year) cues.get(6)).mod()).isEqualTo(TimexMod.START);
    assertThat(((DatingCue.Year) cues.get(6)).last()).isEqualTo(LocalDate.of(2022, 4, 30));
  }

  @Test
  void cues_relativeYear_isNotAYearCue() {
    assertThat(new RuleTimeTagger().cues("Prices rose in July last year.")).isEmpty();
  }
}
