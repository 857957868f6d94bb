package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vague times give no day the text does not say: at most the grain it allows ("early next year"
 * is a year), or nothing to anchor on.
 */
class VagueTimesTest {

  private static final TimeTagger TAGGER = new RuleTimeTagger();
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 12, 29);

  @ParameterizedTest
  @ValueSource(strings = {
      "The talks will take place immediately after the end of the New Year holidays.",
      "The ministers will meet after the holidays.",
      "A decision is expected in the coming days.",
      "The envoys will meet soon.",
      "A summit could follow early next year.",
      "Sanctions may come in the weeks ahead."})
  void tag_vagueTime_givesNoDay(String sentence) {
    assertThat(TAGGER.tag(sentence, WEDNESDAY)).extracting(Timex::value)
        .noneMatch(v -> v instanceof TimexValue.Day || v instanceof TimexValue.DayPart || v instanceof TimexValue.Clock);
  }
}
