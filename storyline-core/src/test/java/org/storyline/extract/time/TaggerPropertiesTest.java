package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the resolution of weekdays and months. The windows are those of {@link Calendar}:
 * a weekday in a past-tense sentence lands in {@code [D-6, D]}, in a future one in {@code [D, D+6]}.
 */
class TaggerPropertiesTest {

  private static final TimeTagger TAGGER = new RuleTimeTagger();

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 60).map(d -> LocalDate.of(1980, 1, 1).plusDays(d));
  }

  private static String name(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Timex only(String sentence, LocalDate dct) {
    List<Timex> found = TAGGER.tag(sentence, dct);
    assertThat(found).as(sentence).hasSize(1);
    return found.get(0);
  }

  @Property
  void weekday_pastTense_isInTheWeekEndingOnD(@ForAll("dates") LocalDate d, @ForAll DayOfWeek w) {
    Timex t = only("The minister said on " + name(w) + " that talks had failed.", d);
    LocalDate v = ((TimexValue.Day) t.value()).date();
    assertThat(v.getDayOfWeek()).isEqualTo(w);
    assertThat(ChronoUnit.DAYS.between(v, d)).isBetween(0L, 6L);
  }

  @Property
  void weekday_futureTense_isInTheWeekStartingOnD(@ForAll("dates") LocalDate d, @ForAll DayOfWeek w) {
    Timex t = only("The minister will travel to Geneva on " + name(w) + ".", d);
    LocalDate v = ((TimexValue.Day) t.value()).date();
    assertThat(v.getDayOfWeek()).isEqualTo(w);
    assertThat(ChronoUnit.DAYS.between(d, v)).isBetween(0L, 6L);
  }

  @Property
  void month_pastTense_isWithinTwelveMonthsBefore(@ForAll("dates") LocalDate d, @ForAll Month m) {
    Timex t = only("Russia conducted large exercises in " + name(m) + ".", d);
    long back = ChronoUnit.MONTHS.between(((TimexValue.Month) t.value()).month(), YearMonth.from(d));
    // in the tense's direction unless that is more than Calendar.MAX_TENSE_MONTHS away: then nearest
    assertThat(back).isBetween(-(12L - Calendar.MAX_TENSE_MONTHS - 1), 11L);
    assertThat(Math.abs(back)).isLessThanOrEqualTo(Calendar.MAX_TENSE_MONTHS);
  }

  @Property
  void month_futureTense_isWithinTwelveMonthsAfter(@ForAll("dates") LocalDate d, @ForAll Month m) {
    Timex t = only("New talks will be held in " + name(m) + ".", d);
    long ahead = ChronoUnit.MONTHS.between(YearMonth.from(d), ((TimexValue.Month) t.value()).month());
    assertThat(ahead).isBetween(-(12L - Calendar.MAX_TENSE_MONTHS - 1), 11L);
    assertThat(Math.abs(ahead)).isLessThanOrEqualTo(Calendar.MAX_TENSE_MONTHS);
  }

  @Property
  void month_calendar_isWithinTwelveMonthsInTheTensesDirection(@ForAll("dates") LocalDate d, @ForAll Month m) {
    YearMonth current = YearMonth.from(d);
    assertThat(ChronoUnit.MONTHS.between(Calendar.month(d, m, Tense.PAST), current)).isBetween(0L, 11L);
    assertThat(ChronoUnit.MONTHS.between(current, Calendar.month(d, m, Tense.FUTURE))).isBetween(0L, 11L);
  }

  @Property
  void tag_anyText_spansSortedDisjointAndInside(@ForAll("texts") String text, @ForAll("dates") LocalDate d) {
    List<Timex> found = TAGGER.tag(text, d);
    int last = 0;
    for (Timex t : found) {
      assertThat(t.span().start()).isGreaterThanOrEqualTo(last);
      assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(t.span().of(text)).isEqualTo(t.text());
      last = t.span().end();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of(
        "on", "Monday", "last", "week", "the", "summer", "of", "2021", "Jan.", "10", ",", ".", "early",
        "three", "years", "ago", "said", "will", "next", "month", "May", "be", "3", "p.m.", "ET", "-",
        "the", "past", "every", "day", "fiscal", "1990s", "'", "90s", "quarter", "third", "a", "weekend",
        "\n\n", "yesterday", "morning", "Christmas", "today", "now", "12/7/2021", "2021-12-07", "more", "than");
    return words.list().ofMaxSize(30).map(l -> String.join(" ", l));
  }

  @Property
  void parse_ofPrinted_isIdentity(@ForAll("values") TimexValue v) {
    assertThat(TimexValue.parse(v.toTimeML())).isEqualTo(v);
  }

  @Provide
  Arbitrary<TimexValue> values() {
    Arbitrary<LocalDate> day = dates();
    return Arbitraries.oneOf(
        day.map(TimexValue.Day::new),
        day.map(d -> new TimexValue.DayPart(d, TimexValue.PartOfDay.EV)),
        day.map(d -> new TimexValue.Clock(d.atTime(15, 30))),
        day.map(d -> Calendar.week(d, d.getDayOfMonth() % 2 == 0)),
        day.map(d -> new TimexValue.Month(YearMonth.from(d))),
        day.map(d -> new TimexValue.YearPart(d.getYear(), TimexValue.Segment.values()[d.getDayOfMonth() % 10])),
        day.map(d -> new TimexValue.Year(d.getYear())),
        day.map(d -> new TimexValue.Decade(d.getYear() / 10)),
        Arbitraries.integers().between(0, 500).map(n -> TimexValue.Duration.of(n, TimexValue.Unit.values()[n % 10])),
        Arbitraries.of(TimexValue.Unit.class).map(TimexValue.Duration::some),
        Arbitraries.of(TimexValue.Ref.class));
  }

  @Property(tries = 20)
  void weekday_lastAndNext_areStrict(@ForAll("dates") LocalDate d, @ForAll DayOfWeek w, @ForAll @IntRange(min = 0, max = 1) int next) {
    String q = next == 1 ? "next" : "last";
    Timex t = only("Officials spoke about it " + q + " " + name(w) + ".", d);
    long delta = ChronoUnit.DAYS.between(d, ((TimexValue.Day) t.value()).date());
    if (next == 1) {
      assertThat(delta).isBetween(1L, 7L);
    } else {
      assertThat(delta).isBetween(-7L, -1L);
    }
  }
}
