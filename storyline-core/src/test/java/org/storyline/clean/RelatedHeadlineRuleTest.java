package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.Article;
import org.storyline.model.RemovalReason;

class RelatedHeadlineRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "SATELLITE IMAGES SHOW TROOPS MASSING NEAR THE BORDER",
      "US SEES SIGNS OF A WINTER OFFENSIVE IN 2022",
      "IS THE ALLIANCE READY FOR A LONG WAR?",
      "READ MORE: Allies weigh new sanctions on banks",
      "RELATED: What we know about the troop buildup"})
  void allCapitalsLink_isDropped(String line) {
    RuleCases.assertDropped(line, RemovalReason.RELATED_HEADLINE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUSSIAN OPTIONS",
      "U.S. NAVAL MOVE",
      "NATO is not far behind",
      "Meeting with European leaders",
      "WE WILL NOT ACCEPT ANY RED LINES FROM ANYONE.",
      "“WE ARE READY TO DEFEND EVERY INCH OF OUR LAND,” the minister wrote."})
  void subheadOrSentence_isKept(String line) {
    RuleCases.assertKept(line);
  }

  @Test
  void allCapitalsOpeningLine_isTheHeadlineAndKept() {
    Article a = Documents.clean("ALLIES WEIGH NEW SANCTIONS ON RUSSIAN BANKS\n\n" + RuleCases.BEFORE);
    assertThat(a.removed()).isEmpty();
    assertThat(Documents.of(a, a.layout().headline())).isEqualTo("ALLIES WEIGH NEW SANCTIONS ON RUSSIAN BANKS");
  }
}
