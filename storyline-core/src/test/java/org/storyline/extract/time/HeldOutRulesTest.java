package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules drawn from the errors on the TUNE part of TempEval-3 train ({@link TempEvalPart}), each on
 * made-up sentences: the values are those of the TimeML guidelines and of the TUNE annotations.
 */
class HeldOutRulesTest {

  private static final TimeTagger TAGGER = new RuleTimeTagger();
  private static final LocalDate WEDNESDAY = LocalDate.of(2013, 3, 20);

  private static List<String> tagged(String sentence) {
    return tagged(sentence, WEDNESDAY);
  }

  /** What the tagger finds in {@code sentence}, one "TYPE VALUE [MOD] \"text\"" line per expression. */
  static List<String> tagged(String sentence, LocalDate dct) {
    return TAGGER.tag(sentence, dct).stream()
        .map(t -> t.type() + " " + t.value().toTimeML() + (t.mod() == null ? "" : " " + t.mod()) + " \"" + t.text() + "\"")
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Police arrived at 4 in the morning.                 | TIME 2013-03-20T04:00 \"4 in the morning\"",
      "The shop closes at 6 in the evening.                | TIME 2013-03-20T18:00 \"6 in the evening\"",
      "The call came at 11 at night.                       | TIME 2013-03-20T23:00 \"11 at night\"",
      "The bank kept its post-1959 records.                | DATE 1959 AFTER \"post-1959\"",
      "Pre-2008 loans were written off.                    | DATE 2008 BEFORE \"Pre-2008\"",
      "Shares fell for eight trading days.                 | DURATION P8D \"eight trading days\"",
      "The refund takes three business days.               | DURATION P3D \"three business days\"",
      "The deal should close by the end of the month.      | DATE 2013-03 END \"the end of the month\"",
      "A decades-long feud ended.                          | DURATION PXDE \"decades-long\"",
      "Prices rose 5% over the past year.                  | DATE 2012 \"the past year\"",
      "Sales should double in the next year.               | DATE 2014 \"the next year\"",
      "His car was seen in the weeks before the shooting.  | DURATION PXW \"weeks\"",
      "In the years that followed, the rebels fought on.   | DURATION PXY \"years\""})
  void tag_expressionSeenMissedOrMisvalued_givesGuidelineValue(String sentence, String expected) {
    assertThat(tagged(sentence)).containsExactly(expected);
  }

  @Test
  void tag_twoDaysOfOneMonth_givesTheSecondDayItsOwnDate() {
    assertThat(tagged("The summit will be held on April 24 and 25 in Washington."))
        .containsExactly("DATE 2013-04-24 \"April 24\"", "DATE 2013-04-25 \"25\"");
    assertThat(tagged("The talks ran from March 3-5."))
        .containsExactly("DATE 2013-03-03 \"March 3\"", "DATE 2013-03-05 \"5\"");
  }

  @Test
  void tag_numberAfterADate_thatIsNoDay_staysUntagged() {
    assertThat(tagged("On March 3 and 25 people were hurt.")).containsExactly("DATE 2013-03-03 \"March 3\"");
    assertThat(tagged("The vote is on May 6 to 8 p.m.")).doesNotContain("DATE 2013-05-08 \"8\"");
    assertThat(tagged("The vote is on May 26 and 5 others.")).containsExactly("DATE 2013-05-26 \"May 26\"");
  }

  @Test
  void tag_unitsAfterThe_withoutAnEvent_stayUntagged() {
    assertThat(tagged("The weeks were long and the years short.")).isEmpty();
  }

  @Test
  void tag_asEarlyAsWeekday_looksAhead() {
    assertThat(tagged("The ship could leave as early as Friday, officials said."))
        .containsExactly("DATE 2013-03-22 \"Friday\"");
  }

  /** Days up to the 28th, so that the second day exists in every month. */
  @Property
  void tag_dayRange_secondDayIsInTheFirstsMonth(@ForAll Month month, @ForAll @IntRange(min = 1, max = 25) int first,
      @ForAll @IntRange(min = 1, max = 3) int days) {
    String name = month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    int second = first + days;
    List<Timex> tags = TAGGER.tag("The fair runs in " + name + " " + first + " to " + second + " in Paris.", WEDNESDAY);
    assertThat(tags).hasSize(2);
    LocalDate a = ((TimexValue.Day) tags.get(0).value()).date();
    LocalDate b = ((TimexValue.Day) tags.get(1).value()).date();
    assertThat(b).isEqualTo(a.plusDays(days));
    assertThat(tags.get(1).text()).isEqualTo(String.valueOf(second));
  }

  @Property
  void tag_hourInAPartOfTheDay_isOnThe24HourClock(@ForAll @IntRange(min = 1, max = 11) int hour) {
    List<Timex> morning = TAGGER.tag("It began at " + hour + " in the morning.", WEDNESDAY);
    List<Timex> evening = TAGGER.tag("It began at " + hour + " in the evening.", WEDNESDAY);
    assertThat(morning).extracting(t -> t.value().toTimeML()).containsExactly(String.format("2013-03-20T%02d:00", hour));
    assertThat(evening).extracting(t -> t.value().toTimeML()).containsExactly(String.format("2013-03-20T%02d:00", hour + 12));
  }
}
