package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.Article;
import org.storyline.model.RemovalReason;

class PhotoCreditRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "(Demetrius Freeman/Washington Post)",
      "(AP Photo/Evan Vucci)",
      "(Photo by Chip Somodevilla/Getty Images)",
      "Photo: Getty Images",
      "Credit: Reuters",
      "Image: NASA",
      "Photograph: Evan Vucci/AP",
      "(Photo: Jane Doe for The Daily Planet)",
      "Win McNamee / Getty Images"})
  void creditAlone_isDropped(String line) {
    // at the top, where no line before it can be taken for its caption
    Article a = Documents.clean(line + "\n" + RuleCases.BEFORE + "\n" + RuleCases.AFTER);
    assertThat(Documents.lines(a)).containsExactly(RuleCases.BEFORE, RuleCases.AFTER);
    assertThat(Documents.removedTexts(a)).containsExactly(line);
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.PHOTO_CREDIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The poll (Reuters/Ipsos) found that support for sanctions had grown since December.",
      "Photographers were kept away from the site, the agency said.",
      "Credit card payments to Russian banks were suspended on Friday.",
      "The and/or clause was struck from the draft."})
  void textMentioningPhotosOrSlashes_isKept(String line) {
    RuleCases.assertKept(line);
  }
}
