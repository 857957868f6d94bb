package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second round of rules drawn from TUNE's misses and value errors (issue 21), each on made-up
 * sentences, with the values of the TimeML guidelines.
 */
class TuneRulesTest {

  /** A Wednesday. */
  private static final LocalDate DCT = LocalDate.of(2013, 3, 20);

  private static List<String> tagged(String sentence) {
    return HeldOutRulesTest.tagged(sentence, DCT);
  }

  private static List<String> tagged(String sentence, LocalDate dct) {
    return HeldOutRulesTest.tagged(sentence, dct);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sales in the latest period were flat.                  | DATE 2012-Q4 \"the latest period\"",
      "It sold $7 billion in the latest fiscal year.          | DATE 2012 \"the latest fiscal year\"",
      "Orangemen march each July through the town.            | SET XXXX-07 \"each July\"",
      "Islam will one day be the second religion there.       | DATE FUTURE_REF \"one day\"",
      "The company could someday sell the unit.               | DATE FUTURE_REF \"someday\"",
      "The strike lasted one day.                             | DURATION P1D \"one day\"",
      "Then, a week or so ago, the general picked the date.   | DATE 2013-W11 APPROX \"a week or so ago\"",
      "The talks could take a week or so.                     | DURATION P1W APPROX \"a week or so\"",
      "Turnout will be high on Election Day.                  | DATE 2013-11-05 \"Election Day\"",
      "Stores open late on Memorial Day.                      | DATE 2013-05-27 \"Memorial Day\"",
      "The parade is on Labor Day.                            | DATE 2013-09-02 \"Labor Day\"",
      "Roses sell out before Valentine's Day.                 | DATE 2013-02-14 \"Valentine's Day\""})
  void tag_expressionTuneMissedOrMisvalued_givesGuidelineValue(String sentence, String expected) {
    assertThat(tagged(sentence)).containsExactly(expected);
  }

  @Test
  void tag_theWeekInAMarketReport_isTheWeekOfTheLastDateMentioned() {
    assertThat(tagged("Shares closed at 452 on Friday, March 15. For the week, the index dropped 3.8%."))
        .containsExactly("DATE 2013-03-15 \"Friday, March 15\"", "DATE 2013-W11 \"the week\"");
  }

  @Test
  void tag_theWeekTiedToAnotherTime_isNotTheStorysWeek() {
    assertThat(tagged("In the week before the vote, polls moved.")).isEmpty();
    assertThat(tagged("For the week ended Friday, sales rose.")).containsExactly("DATE 2013-03-15 \"Friday\"");
  }

  @Test
  void tag_theNextMorningAndThatNight_countFromTheLastDateMentioned() {
    assertThat(tagged("He was arrested on March 3 and appeared in court the next morning."))
        .containsExactly("DATE 2013-03-03 \"March 3\"", "TIME 2013-03-04TMO \"the next morning\"");
    assertThat(tagged("The fire began on March 3. That night the wind turned."))
        .containsExactly("DATE 2013-03-03 \"March 3\"", "TIME 2013-03-03TNI \"That night\"");
  }

  @Test
  void cues_thatNight_giveNoDatingCue() {
    assertThat(new RuleTimeTagger().cues("That night the wind turned.")).isEmpty();
  }

  @Test
  void tag_unitInATitle_staysUntagged() {
    assertThat(tagged("Baker, speaking on ABC's \"This Week,\" said the request was clear.")).isEmpty();
    assertThat(tagged("This week, the minister resigned.")).containsExactly("DATE 2013-W12 \"This week\"");
  }

  @Test
  void tag_easterWeek_isTheWeekEndingOnEasterSunday_evenOnceItBegan() {
    // Easter 2000 was April 23; "began" looks back, but the week has not ended on the 17th
    assertThat(tagged("Protesters prayed as Easter week began.", LocalDate.of(2000, 4, 17)))
        .containsExactly("DATE 2000-W16 \"Easter week\"");
    assertThat(tagged("Pilgrims will arrive for Easter.")).containsExactly("DATE 2013-03-31 \"Easter\"");
    assertThat(tagged("Pilgrims arrived for Easter.")).containsExactly("DATE 2012-04-08 \"Easter\""); // the tense looks back
  }

  @Test
  void easter_knownYears_matchTheChurchCalendar() {
    assertThat(HolidayRule.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(HolidayRule.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(HolidayRule.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(HolidayRule.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Property
  void easter_anyYear_isASundayFromMarch22ToApril25(@ForAll @IntRange(min = 1583, max = 4099) int year) {
    LocalDate easter = HolidayRule.easter(year);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
  }

  @Property
  void electionDay_anyYear_isATuesdayFromNovember2To8(@ForAll @IntRange(min = 1900, max = 2200) int year) {
    LocalDate day = HolidayRule.electionDay(year);
    assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(day.getDayOfMonth()).isBetween(2, 8);
  }
}
