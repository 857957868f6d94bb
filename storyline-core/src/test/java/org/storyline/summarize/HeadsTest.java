package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where the clause that tells a happening ends: made-up sentences. */
class HeadsTest {

  private static String head(String sentence, String mustHold) {
    OptionalInt end = Heads.end(sentence, sentence.indexOf(mustHold) + mustHold.length());
    return end.isPresent() ? sentence.substring(0, end.getAsInt()) : null;
  }

  @Test
  void end_relativeClauseAfterTheHappening_cutsBeforeIt() {
    assertThat(head("The strike follows a March 3 walkout in which dockers stopped work at every port.", "walkout"))
        .isEqualTo("The strike follows a March 3 walkout");
    assertThat(head("Ministers met in Geneva on Friday, which both sides called useful.", "met"))
        .isEqualTo("Ministers met in Geneva on Friday");
  }

  @Test
  void end_subordinateClauseAfterAComma_cutsBeforeIt() {
    assertThat(head("The council approved the budget on Tuesday, as protesters gathered outside the hall.", "approved"))
        .isEqualTo("The council approved the budget on Tuesday");
  }

  @Test
  void end_boundaryBeforeWhatTheHeadMustHold_isPassedOver() {
    assertThat(head("Officials, who asked not to be named, said the ministers met in Geneva, as both governments had"
        + " planned since the spring of last year.", "met"))
        .isEqualTo("Officials, who asked not to be named, said the ministers met in Geneva");
  }

  @Test
  void end_whatTheHeadWouldLeaveOffSaysWhoseClaimItIs_none() {
    assertThat(head("NATO allies sent more warships to the Baltic Sea on Monday, as the alliance's secretary-general"
        + " said in a statement.", "sent")).isNull();
  }

  @Test
  void end_headSavingFewerThanFiveWords_none() {
    assertThat(head("The council approved the new city budget on Tuesday, as expected.", "approved")).isNull();
  }

  @Test
  void end_purposeInfinitiveAfterTheHappening_cutsBeforeIt() {
    assertThat(head("The army placed 3,000 soldiers on alert for a possible deployment to the east to support the border"
        + " guards along the northern frontier.", "deployment"))
        .isEqualTo("The army placed 3,000 soldiers on alert for a possible deployment to the east");
  }

  @Test
  void end_infinitiveRightAfterTheHappening_isTheHappeningNotItsPurpose() {
    assertThat(head("The foreign minister of the northern republic refused to attend the summit of regional leaders in the"
        + " capital on Friday.", "refused")).isNull();
  }

  @Test
  void end_infinitiveThatCompletesAWord_isNotAPurpose() {
    assertThat(head("The trial of the former doctor is due to start next month in Los Angeles before a jury of twelve.",
        "trial")).isNull();
    assertThat(head("The government shut every school in the country in an attempt to halt the spread of the virus.", "shut"))
        .isNull();
  }

  @Test
  void end_toBeforeAWordEndingInASingleS_isNotAPurpose() {
    assertThat(head("The spokesman repeated on Tuesday what is becoming the standard response to concerns about the troops"
        + " massed along the border.", "repeated")).isNull();
    assertThat(head("The army placed 3,000 soldiers on alert for a possible deployment to the east to discuss the border"
        + " with the neighbouring governments.", "placed")).endsWith("to the east");
  }

  @Test
  void end_participleClause_cutsBeforeIt() {
    assertThat(head("Putin will speak with Biden today as Moscow has stepped up its demands while maintaining a buildup of"
        + " troops near the border.", "speak"))
        .isEqualTo("Putin will speak with Biden today as Moscow has stepped up its demands");
    assertThat(head("The general warned of a long war, saying the enemy had brought in fresh troops and heavy guns.", "warned"))
        .isEqualTo("The general warned of a long war");
  }

  @Test
  void end_noBoundaryAfter_orTooShortAHead_none() {
    assertThat(head("Dockers stopped work at every port on Monday.", "stopped")).isNull();
    assertThat(head("Talks ended, as expected by everyone in the room.", "ended")).isNull();
  }
}
