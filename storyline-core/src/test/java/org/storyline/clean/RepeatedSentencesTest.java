package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.RemovalReason;

class RepeatedSentencesTest {

  private static final String SHOT =
      "A 7-year-old girl and her mother were shot Wednesday night on the West Side after a fight.";
  private static final String PRICE =
      "Antwone Earl Price Jr., 11, died from a gunshot wound he suffered Sept. 2, 2015, at his home.";

  @Test
  void galleryCaptionRepeatedWithinALine_isDroppedAndTheRestKept() {
    Article a = Documents.clean("Caption Close Image 1 of 44 " + SHOT + " " + SHOT
        + " Image 2 of 44 Police have not named a suspect.");
    assertThat(a.text()).isEqualTo("Caption Close Image 1 of 44 " + SHOT
        + " Image 2 of 44 Police have not named a suspect.");
    assertThat(Documents.reasons(a)).containsExactly(RemovalReason.REPEATED_SENTENCE);
    Documents.assertMapsToIdenticalSource(a);
  }

  @Test
  void sentenceSplitByAnAbbreviation_goesWhole() {
    Article a = Documents.clean(PRICE + " His uncle has been charged. " + PRICE);
    assertThat(a.text()).isEqualTo(PRICE + " His uncle has been charged.");
    Documents.assertMapsToIdenticalSource(a);
  }

  @Test
  void repeatOfAnEarlierLine_isDroppedFromALaterLine() {
    Article a = Documents.clean(SHOT + "\n\nPolice said the girl is expected to survive. " + SHOT);
    assertThat(Documents.lines(a)).containsExactly(SHOT, "Police said the girl is expected to survive.");
  }

  @Test
  void lineMadeOnlyOfRepeats_isDroppedWhole() {
    Article a = Documents.clean(SHOT + "\n\nThe girl is expected to survive.\n\n" + SHOT + " " + SHOT);
    assertThat(Documents.lines(a)).containsExactly(SHOT, "The girl is expected to survive.");
  }

  @Test
  void shortSentencesRepeated_areKept() {
    String line = "Caption Close. The mayor spoke on Monday. Caption Close. The police chief spoke on Tuesday.";
    assertThat(Documents.clean(line).text()).isEqualTo(line);
  }

  /**
   * Whatever a line's sentences and their repeats: every sentence stays once, in the order of its
   * first occurrence, long sentences are never given twice, and the text maps to the source.
   */
  @Property(tries = 300)
  void everySentenceStaysOnce_longOnesNeverTwice(@ForAll("lines") List<String> sentences) {
    Article a = Documents.clean(String.join(" ", sentences));
    Documents.assertMapsToIdenticalSource(a);
    List<String> kept = split(a.text());
    List<String> firsts = split(String.join(" ", sentences)).stream().distinct().toList();
    assertThat(kept).containsSubsequence(firsts);
    for (String s : firsts) {
      if (Lines.wordCount(s) >= RepeatedSentences.LONG_SENTENCE) {
        assertThat(kept.stream().filter(s::equals)).hasSize(1);
      }
    }
  }

  private static List<String> split(String line) {
    List<String> sentences = new ArrayList<>();
    for (int[] s : RepeatedSentences.split(line)) {
      sentences.add(line.substring(s[0], s[1]));
    }
    return sentences;
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> shortOne = Arbitraries.of("Caption Close.", "See more.", "More.", "He said no.");
    Arbitrary<String> longOne = Arbitraries.of(SHOT, PRICE,
        "Two people were killed and three were hurt in a shooting at a homeless encampment.",
        "Police say two young children were critically wounded by gunfire in San Antonio.");
    return Arbitraries.oneOf(shortOne, longOne).list().ofMinSize(1).ofMaxSize(12);
  }
}
