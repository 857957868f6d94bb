package org.storyline.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** The whitespace folding of the text views: the same as the regular expression it replaced. */
class SummariesTest {

  @Property
  void oneLine_isReplaceAllOfWhitespaceRuns(@ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', 'a', 'é', '<'}) String s) {
    assertThat(Summaries.oneLine(s)).isEqualTo(s.replaceAll("\\s+", " "));
  }

  @Test
  void clip_foldsStripsAndCuts() {
    assertThat(Summaries.clip(" \tGunman\n\n shot  two ", 80)).isEqualTo("Gunman shot two");
    assertThat(Summaries.clip("Gunman shot two", 8)).isEqualTo("Gunman …");
  }
}
