package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.RemovalReason;

class PhotoCaptionRuleTest {

  private static final String CAPTION = "The prime minister arrives at the summit in Brussels on Thursday.";

  @Test
  void captionRepeatedWithCreditAppended_bothGo() {
    Article a = Documents.clean("Subscribe\n" + CAPTION + "\n\n" + CAPTION + " (Jane Roe/Daily Planet)\n\n"
        + RuleCases.BEFORE + "\n\n" + RuleCases.AFTER);
    assertThat(Documents.lines(a)).containsExactly(RuleCases.BEFORE, RuleCases.AFTER);
    assertThat(Documents.removedTexts(a))
        .containsExactly("Subscribe", CAPTION, CAPTION, "(Jane Roe/Daily Planet)");
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.SIGNUP_BOX,
        RemovalReason.PHOTO_CAPTION, RemovalReason.PHOTO_CAPTION, RemovalReason.PHOTO_CREDIT);
  }

  @Test
  void captionFollowedByCredit_isDroppedWithTheCredit() {
    Article a = RuleCases.cleanAround(CAPTION + "\n(AP Photo/Evan Vucci)");
    assertThat(Documents.lines(a)).containsExactly(RuleCases.BEFORE, RuleCases.AFTER);
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.PHOTO_CAPTION, RemovalReason.PHOTO_CREDIT);
  }

  @Test
  void captionWithLabelledCreditAppended_isSplitIntoCaptionAndCredit() {
    Article a = RuleCases.cleanAround(CAPTION + " Photograph: Evan Vucci/AP");
    assertThat(Documents.lines(a)).containsExactly(RuleCases.BEFORE, RuleCases.AFTER);
    assertThat(Documents.removedTexts(a)).containsExactly(CAPTION, "Photograph: Evan Vucci/AP");
  }

  @Test
  void sentenceNotFollowedByCredit_isKept() {
    RuleCases.assertKept(CAPTION);
  }

  @Test
  void sentenceEndingInPollCredit_isKept() {
    RuleCases.assertKept("Support for the measure stood at 41 percent (Reuters/Ipsos)");
  }

  @Test
  void longParagraphBeforeCredit_isKept() {
    String paragraph = "word ".repeat(70).strip() + ".";
    Article a = RuleCases.cleanAround(paragraph + "\n(AP Photo/Evan Vucci)");
    assertThat(Documents.lines(a)).containsExactly(RuleCases.BEFORE, paragraph, RuleCases.AFTER);
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.PHOTO_CREDIT);
  }
}
