package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class DatelinesTest {

  private static String skipped(String sentence) {
    return Datelines.skip(sentence, Span.of(0, sentence.length())).of(sentence);
  }

  @Test
  void aPlaceInCapitalsWithItsStateBeforeADoubleDashIsADateline() {
    assertThat(skipped("SPRINGFIELD, Ill. -- The mayor resigned on Friday."))
        .isEqualTo("The mayor resigned on Friday.");
  }

  @Test
  void anOutletInBracketsBeforeAnEmDashIsADateline() {
    assertThat(skipped("(CNN)\u2014 Floods closed the highway.")).isEqualTo("Floods closed the highway.");
    assertThat(skipped("LONDON (AP) \u2014 Floods closed the highway.")).isEqualTo("Floods closed the highway.");
  }

  @Test
  void capitalsBeforeAHyphenAreACompoundNotADateline() {
    assertThat(skipped("US - Canada talks resumed in Ottawa.")).isEqualTo("US - Canada talks resumed in Ottawa.");
  }

  @Test
  void aSentenceWithCapitalsAndNoDashIsUnchanged() {
    assertThat(skipped("NATO met in Brussels.")).isEqualTo("NATO met in Brussels.");
  }

  @Test
  void aLeadIsStrippedForHeadlines() {
    assertThat(Datelines.strip("OAKDALE, Minn. \u2013 Two trains collided.")).isEqualTo("Two trains collided.");
  }

  @Test
  void anAgencyIsFoundWithin200CharactersOfTheSentencesStart_notBeyond() {
    String news = "(Reuters) - Floods closed the highway.";
    assertThat(skipped("x".repeat(200) + news)).isEqualTo("Floods closed the highway.");
    assertThat(skipped("x".repeat(201) + news)).isEqualTo("x".repeat(201) + news);
  }

  @Test
  void aDatelineIsLookedForAtTheSentencesStartInsideALongerText() {
    String text = "Earlier (AP) lines.\nWASHINGTON (Reuters) - The talks ended.\nOAKDALE -- Trains collided.";
    int second = text.indexOf("WASHINGTON");
    int third = text.indexOf("OAKDALE");
    assertThat(Datelines.skip(text, Span.of(second, third - 1)).of(text)).isEqualTo("The talks ended.");
    assertThat(Datelines.skip(text, Span.of(third, text.length())).of(text)).isEqualTo("Trains collided.");
    assertThat(Datelines.skip(text, Span.of(0, second - 1)).of(text)).as("an agency with no dash after it").isEqualTo("Earlier (AP) lines.");
  }
}
