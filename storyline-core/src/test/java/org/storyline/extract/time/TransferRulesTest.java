package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The third round on TUNE (issue 21): rules for kinds of error that recur whatever the phrase, each
 * on made-up sentences (the first column names the rule).
 */
class TransferRulesTest {

  /** A Wednesday. */
  private static final LocalDate DCT = LocalDate.of(2013, 3, 20);

  private static List<String> tagged(String sentence) {
    return HeldOutRulesTest.tagged(sentence, DCT);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // an approximation or a comparison before a possessive belongs to the noun after it
      "modifier, possessive | They said they would look for ways to get around Monday's ruling. | DATE 2013-03-18 \"Monday\"",
      "modifier, possessive | Sales were up more than last year's $1.5 billion.                 | DATE 2012 \"last year\"",
      "modifier, possessive | The fund sold about Friday's gains.                               | DATE 2013-03-15 \"Friday\"",
      "modifier, length     | The talks lasted about a week.                                    | DURATION P1W APPROX \"about a week\"",
      "modifier, no noun    | The strike ended around Monday.                                   | DATE 2013-03-18 APPROX \"around Monday\"",
      // a possessive weekday names an event spoken of: a modal does not move it ahead, a firm cue does
      "possessive, modal    | Lawyers could still appeal Monday's ruling.                       | DATE 2013-03-18 \"Monday\"",
      "possessive, expected | Biden is expected to conduct Friday's call calmly.                | DATE 2013-03-22 \"Friday\"",
      "possessive, will     | Fans will watch Saturday's game at home.                          | DATE 2013-03-23 \"Saturday\"",
      // a determiner, an ambiguous month and a lower-case noun: the month as an adjective
      "attributive month    | The March accession lets them join the alliance.                  | DATE 2013-03 \"March\"",
      "attributive month    | The firm will meet an August deadline.                            | DATE 2013-08 \"August\"",
      // "the year-ago third quarter": one expression, that part of the year before the story's
      "year-ago part        | In the year-ago third quarter, the bank earned $2 million.        | DATE 2012-Q3 \"the year-ago third quarter\"",
      "year-ago part        | Sales in the year-earlier first half were flat.                   | DATE 2012-H1 \"the year-earlier first half\""})
  void tag_transferRule_givesGuidelineValue(String rule, String sentence, String expected) {
    assertThat(tagged(sentence)).as(rule).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The March on Washington drew thousands.",
      "The April Fools joke fell flat.",
      "They will march in protest."})
  void tag_ambiguousMonthAsAName_isNoDate(String sentence) {
    assertThat(tagged(sentence)).isEmpty();
  }
}
