package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.RemovalReason;

class RepeatedLineRuleTest {

  @Test
  void lineRepeatingThePreviousOne_isDropped() {
    RuleCases.assertDropped(RuleCases.BEFORE, RemovalReason.REPEATED_LINE);
  }

  @Test
  void repeatAcrossBlankLines_isDropped() {
    Article a = Documents.clean("Markets fell sharply.\n\n\n  Markets fell sharply.  \n\nThen they recovered.");
    assertThat(Documents.lines(a)).containsExactly("Markets fell sharply.", "Then they recovered.");
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.REPEATED_LINE);
  }

  @Test
  void repeatAcrossDroppedBox_isDropped() {
    Article a = Documents.clean("Markets fell sharply.\nSign Up Now\nMarkets fell sharply.\nThen they recovered.");
    assertThat(Documents.lines(a)).containsExactly("Markets fell sharply.", "Then they recovered.");
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.SIGNUP_BOX, RemovalReason.REPEATED_LINE);
  }

  @Test
  void lineRepeatedAfterOtherText_isKept() {
    Article a = Documents.clean("Nothing is agreed.\nThe talks went on.\nNothing is agreed.");
    assertThat(Documents.lines(a)).containsExactly("Nothing is agreed.", "The talks went on.", "Nothing is agreed.");
    assertThat(a.removed()).isEmpty();
  }
}
