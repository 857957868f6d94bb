package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden examples of the issue: sentence, DCT, expected text and TimeML value. */
class NewsHabitsTest {

  private static final TimeTagger TAGGER = new RuleTimeTagger();

  static Stream<Arguments> golden() {
    return Stream.of(
        // DCT 2022-01-24, a Monday
        row("2022-01-24", "Russian and Ukrainian officials met on Monday in Geneva.", "Monday", "2022-01-24"),
        row("2022-01-24", "Blinken arrived late Monday morning for the talks.", "late Monday morning", "2022-01-24TMO"),
        row("2022-01-24", "NATO said Monday afternoon that it had put forces on standby.", "Monday afternoon", "2022-01-24TAF"),
        row("2022-01-24", "After a weekend of talks, diplomats said little had changed.", "a weekend", "2022-W03-WE"),
        row("2022-01-24", "Gas prices have risen sharply this month.", "this month", "2022-01"),
        row("2022-01-24", "Blinken and Lavrov held talks in Geneva on Friday.", "Friday", "2022-01-21"),
        row("2022-01-24", "Washington would give written responses this week.", "this week", "2022-W04"),
        row("2022-01-24", "Thousands marched in Kyiv on Saturday.", "Saturday", "2022-01-22"),
        row("2022-01-24", "The Foreign Office warned this Sunday that Moscow was plotting a coup.", "this Sunday", "2022-01-23"),
        row("2022-01-24", "Biden met his national security team last week.", "last week", "2022-W03"),
        // DCT 2021-12-30, a Thursday
        row("2021-12-30", "Biden and Putin will speak today by phone.", "today", "2021-12-30"),
        row("2021-12-30", "A Kremlin aide spoke with reporters on Wednesday.", "Wednesday", "2021-12-29"),
        row("2021-12-30", "Putin requested the call earlier this week.", "earlier this week", "2021-W52"),
        row("2021-12-30", "Earlier this month, the two leaders held a video call.", "Earlier this month", "2021-12"),
        row("2021-12-30", "Talks between Russian and U.S. officials are planned for next month.", "next month", "2022-01"),
        row("2021-12-30", "A new round of talks could be held in February.", "February", "2022-02"),
        row("2021-12-30", "Further meetings could be held in March.", "March", "2022-03"),
        row("2021-12-30", "Satellite images from August 2020 show the first build-up.", "August 2020", "2020-08"),
        row("2021-12-30", "Russia moved troops toward the border over the summer.", "the summer", "2021-SU"),
        row("2021-12-30", "Russia conducted large exercises in September.", "September", "2021-09"),
        row("2021-12-30", "Last month, U.S. intelligence warned of an invasion.", "Last month", "2021-11"),
        row("2021-12-30", "The talks will begin on Jan. 10 in Geneva.", "Jan. 10", "2022-01-10"),
        row("2021-12-30", "In an interview broadcast Sunday, Lavrov repeated the demands.", "Sunday", "2021-12-26"),
        row("2021-12-30", "The Pentagon released the figures last week.", "last week", "2021-W51"),
        row("2021-12-30", "Psaki said Tuesday that the call was requested by Moscow.", "Tuesday", "2021-12-28"),
        row("2021-12-30", "Satellite images taken Dec. 1 showed new deployments.", "Dec. 1", "2021-12-01"),
        row("2021-12-30", "Moscow published its draft treaties on Dec. 14.", "Dec. 14", "2021-12-14"),
        row("2021-12-30", "In 2014, Russia annexed Crimea.", "2014", "2014"),
        row("2021-12-30", "They discussed Ukraine in a Dec. 7 Biden-Putin phone call.", "Dec. 7", "2021-12-07"),
        // DCT 2021-12-06, a Monday
        row("2021-12-06", "Biden and Putin are set to hold a video call on Tuesday.", "Tuesday", "2021-12-07"),
        row("2021-12-06", "The call is set to take place Tuesday evening.", "Tuesday evening", "2021-12-07TEV"),
        row("2021-12-06", "Blinken is set to speak with Zelensky Monday.", "Monday", "2021-12-06"),
        row("2021-12-06", "Russia began moving troops early last month.", "early last month", "2021-11"),
        row("2021-12-06", "Officials met in Stockholm last month.", "last month", "2021-11"),
        row("2021-12-06", "U.S. officials say an offensive is possible in early 2022.", "early 2022", "2022"),
        row("2021-12-06", "A summit could follow next month.", "next month", "2022-01"),
        row("2021-12-06", "A visit is possible in January.", "January", "2022-01"),
        row("2021-12-06", "Sullivan spoke to reporters over the weekend.", "the weekend", "2021-W48-WE"),
        // more news habits
        row("2022-01-24", "The minister will travel tomorrow.", "tomorrow", "2022-01-25"),
        row("2022-01-24", "The minister returned yesterday.", "yesterday", "2022-01-23"),
        row("2022-01-24", "Leaders will meet tonight.", "tonight", "2022-01-24TNI"),
        row("2022-01-24", "Talks will resume next week.", "next week", "2022-W05"),
        row("2022-01-24", "Inflation has been high this year.", "this year", "2022"),
        row("2022-01-24", "The briefing starts at 3 p.m. ET.", "3 p.m. ET", "2022-01-24T15:00"),
        row("2022-01-24", "Talks opened on Jan. 10 in Geneva, and NATO met that same week.", "that same week", "2022-W02"),
        row("2021-12-06", "The company's profit fell in the third quarter.", "the third quarter", "2021-Q3"),
        row("2021-12-06", "NATO expanded eastward in the 1990s.", "the 1990s", "199"),
        row("2021-12-06", "Tensions have simmered for weeks.", "weeks", "PXW"),
        row("2021-12-06", "He served three years in prison.", "three years", "P3Y"),
        // "the past week" is the week before the DCT's: so were all five such phrases of TempEval-3 TUNE
        row("2021-12-06", "Prices climbed over the past week.", "the past week", "2021-W48"),
        row("2021-12-06", "The border is now closed.", "now", "PRESENT_REF"),
        row("2021-12-06", "About 90,000 troops are currently deployed.", "currently", "PRESENT_REF"),
        row("2021-12-06", "The two sides recently exchanged letters.", "recently", "PAST_REF"),
        row("2021-12-06", "Such talks have failed in the past.", "the past", "PAST_REF"),
        row("2021-12-06", "The envoys meet every week.", "every week", "P1W"),
        row("2021-12-06", "Iran wants to revive the 2015 nuclear accord.", "2015", "2015"),
        row("2021-12-06", "NATO was founded in 1949.", "1949", "1949"),
        // midnight, "the previous Friday", "the week of March 6" (DCT 1989-10-30 is a Monday)
        row("1989-10-30", "The offer expired at midnight Friday.", "midnight Friday", "1989-10-27T24"),
        row("1989-10-30", "The curfew begins at midnight.", "midnight", "1989-10-30T24"),
        row("1989-10-30", "Stocks fell Friday, down 4.5% from the previous Friday.", "the previous Friday", "1989-10-20"),
        row("1989-10-30", "Stocks fell Friday and recovered the following Monday.", "the following Monday", "1989-10-30"),
        row("2000-02-24", "The vote is planned for the week of March 6.", "the week of March 6", "2000-W10"),
        // earnings reports: "a year ago" is the story's quarter a year before (DCT 1989-10-26, a Thursday)
        row("1989-10-26", "Net rose 5% in the third quarter from a year ago.", "a year ago", "1988-Q3"),
        row("1989-10-26", "Net rose in the third quarter from a year ago. Sales rose from a year earlier.", "a year earlier", "1988-Q3"),
        row("1989-10-26", "Profit rose in the third quarter. In the 1988 period, it earned $1 million.", "the 1988 period", "1988-Q3"),
        row("1989-10-26", "In the 1988 third quarter, the company lost $2 million.", "the 1988 third quarter", "1988-Q3"),
        row("1989-10-26", "Net for this year's third quarter was $10.5 million.", "this year's third quarter", "1989-Q3"),
        row("1989-10-26", "The spin-off could be effective in next year's first quarter.", "next year's first quarter", "1990-Q1"),
        row("1989-10-26", "Profit rose in the third quarter. The latest period included a gain.", "The latest period", "1989-Q3"),
        row("1989-10-26", "Sales rose a year ago, and a decade ago they fell.", "a year ago", "1988"),
        // years in words, as broadcast transcripts write them
        row("1998-01-15", "In nineteen ninety-one Keating was convicted.", "nineteen ninety-one", "1991"),
        row("1998-02-23", "Oil fell to the level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        row("1998-02-27", "January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        row("1998-02-05", "He promised to halve unemployment by the year two thousand.", "the year two thousand", "2000"),
        row("1998-03-03", "Hate group numbers dropped through the nineties.", "the nineties", "199"),
        row("1989-11-01", "It was among the events of the 20th century.", "the 20th century", "19"),
        // tense: pluperfect plans, a clause or quotation after the expression, reported futures, possessives
        row("1989-10-30", "The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "1989-10-27T24"),
        row("1989-10-30", "It had been due to expire Friday evening.", "Friday evening", "1989-10-27TEV"),
        row("1999-03-13", "They issued a joint statement Friday saying NATO membership will consolidate democracy.", "Friday", "1999-03-12"),
        row("2021-12-29", "Blinken spoke with Zelenskiy Wednesday about \u201cupcoming engagements,\u201d the department said.", "Wednesday", "2021-12-29"),
        row("2021-12-06", "Biden is set to speak with allies Monday to ensure \u201callied unity,\u201d the official said.", "Monday", "2021-12-06"),
        row("2000-04-05", "Officials said the father would be traveling to the United States Thursday.", "Thursday", "2000-04-06"),
        // a quotation's tense is its speaker's: the weekday after it dates the saying
        row("2021-12-29", "\u201cWe will hold talks after the holidays,\u201d the minister said in an interview Monday.", "Monday", "2021-12-27"),
        row("2021-12-29", "\"The troops will stay,\" she said Monday.", "Monday", "2021-12-27"),
        row("1989-10-30", "The price is a 24% premium over Thursday's closing price.", "Thursday", "1989-10-26"),
        row("2021-12-06", "Biden is expected to conduct Tuesday's call calmly.", "Tuesday", "2021-12-07"),
        // clock times: the tense of the whole expression, a weekday after a parenthesis
        row("2000-04-03", "The relatives have until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2000-04-04T09:00"),
        row("1998-08-08", "The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "1998-08-07T10:35"),
        row("1989-11-02", "In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "1989-11-01TAF"),
        // durations
        row("1998-02-27", "They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        row("1998-08-17", "She will spend about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M"),
        row("1998-01-14", "It took a minute and a half.", "a minute and a half", "PT1M30S"),
        row("1998-01-14", "Talks lasted two and a half years.", "two and a half years", "P2Y6M"),
        row("1991-02-25", "Repairs took a week or so.", "a week or so", "P1W"),
        row("2000-06-01", "He will remain for at least two more weeks.", "at least two more weeks", "P2W"),
        row("1989-11-02", "The loan may be extended for an additional year.", "an additional year", "P1Y"),
        row("1989-10-26", "Over the next couple of years sales will grow.", "the next couple of years", "P2Y"),
        row("1989-10-27", "Funds may sell junk in the weeks ahead.", "the weeks ahead", "PXW"),
        row("1989-10-30", "We don't minimize the challenges of the near term.", "the near term", "FUTURE_REF"),
        row("1998-02-06", "The rate was the lowest for almost two decades.", "almost two decades", "P20Y"),
        row("1998-10-25", "Attacks had become routine over the past decade.", "the past decade", "198"),
        // "ended" puts a day in the past, however long ago
        row("1989-10-31", "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "Jan. 31", "1989-01-31"));
  }

  private static Arguments row(String dct, String sentence, String text, String value) {
    return Arguments.of(dct, sentence, text, value);
  }

  @ParameterizedTest(name = "[{0}] {2} -> {3}")
  @MethodSource("golden")
  void tag_newsHabit(String dct, String sentence, String text, String value) {
    List<Timex> found = TAGGER.tag(sentence, LocalDate.parse(dct));
    assertThat(found).extracting(Timex::text).contains(text);
    Timex t = found.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
    assertThat(t.value().toTimeML()).as("value of \"%s\" in \"%s\"", text, sentence).isEqualTo(value);
  }

  @Test
  void tag_earlyYear_hasModStart() {
    Timex t = TAGGER.tag("U.S. officials say an offensive is possible in early 2022.", LocalDate.of(2021, 12, 6)).get(0);
    assertThat(t.mod()).isEqualTo(TimexMod.START);
    assertThat(t.type()).isEqualTo(TimexType.DATE);
  }

  @Test
  void tag_earlyLastMonth_hasModStart() {
    Timex t = TAGGER.tag("Russia began moving troops early last month.", LocalDate.of(2021, 12, 6)).get(0);
    assertThat(t.mod()).isEqualTo(TimexMod.START);
  }

  @Test
  void tag_clockTime_isTimeType() {
    Timex t = TAGGER.tag("The briefing starts at 3 p.m. ET.", LocalDate.of(2022, 1, 24)).get(0);
    assertThat(t.type()).isEqualTo(TimexType.TIME);
  }

  @Test
  void tag_everyWeek_isSet() {
    Timex t = TAGGER.tag("The envoys meet every week.", LocalDate.of(2021, 12, 6)).get(0);
    assertThat(t.type()).isEqualTo(TimexType.SET);
  }

  @Test
  void tag_durations_areDurationType() {
    assertThat(TAGGER.tag("He served three years in prison.", LocalDate.of(2021, 12, 6)))
        .extracting(Timex::type).containsExactly(TimexType.DURATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTimes")
  void tag_notATime_findsNothing(String sentence) {
    assertThat(TAGGER.tag(sentence, LocalDate.of(2022, 1, 24))).isEmpty();
  }

  static Stream<String> notTimes() {
    return Stream.of(
        "Watch: Putin's remarks 0:58",
        "Video: inside the Kremlin 3:35",
        "Troops massed along the border with easter Europe.",
        "Russia may be preparing an attack.",
        "May be the last chance for talks, he warned.",
        "Protesters marched to the embassy. A march is called for.",
        "Call 555-1234 for information.",
        "Police were called to the 1500 block of 19th Street.",
        "A man was shot in the 1300 block of West 48th Street.",
        "Call (202) 555-0143 for information.",
        "The Rams beat the Buccaneers 30-27.",
        "Russia has massed 200,000 troops near the border.",
        "The Sunday Times reported the plan.",
        "Officials said 1500 soldiers were moved.",
        "The previous government fell.",
        "The following statement was issued.",
        "It was the week of his life.",
        "Midnight Oil played in Sydney.",
        "Iraq imports about three-quarters of its food.",
        "Funds hold more than a quarter of the market.",
        "Two thousand people marched in the capital.",
        "Nineteen people died in the fire.");
  }
}
