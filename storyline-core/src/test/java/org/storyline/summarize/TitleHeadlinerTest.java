package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleHeadlinerTest {

  @Test
  void headline_choosesTheTitleThatSaysWhatMostArticlesTell() {
    String h = new TitleHeadliner().headline(List.of(
        Stories.extraction("Floods kill twelve in river valley - Daily News", "Daily", "2021-03-04",
            "Floods killed twelve people in the river valley after heavy rain."),
        Stories.extraction("Valley floods: rescue teams search homes", "Wire", "2021-03-05",
            "Rescue teams searched homes in the flooded river valley after the floods killed twelve."),
        Stories.extraction("Markets close higher", "Wire", "2021-03-05",
            "Floods in the river valley killed twelve people; shares closed higher elsewhere.")));
    assertThat(h).isIn("Floods kill twelve in river valley", "Valley floods: rescue teams search homes");
    assertThat(h).doesNotContain("Daily News");
  }

  @Test
  void clauses_cutALongLeadAtClauseBoundaries() {
    List<String> c = TitleHeadliner.clauses("President Joe Biden and Vladimir Putin will speak today as the Russian leader"
        + " has stepped up his demands for security guarantees in Eastern Europe.");
    assertThat(c).contains("President Joe Biden and Vladimir Putin will speak today");
    assertThat(c).allMatch(x -> x.split(" ").length <= 16);
  }

  /** A title without a content word comes first (a question of function words, "What now?"): one such story stopped the whole run. */
  @Test
  void headline_passesOverTitlesWithoutAContentWord() {
    TitleHeadliner headliner = new TitleHeadliner();
    String h = headliner.headline(List.of(
        Stories.extraction("What now?", "BBC", "2009-04-26", "Swine flu cases were confirmed in Scotland on Sunday."),
        Stories.extraction("Swine flu cases confirmed in Scotland", "Wire", "2009-04-26",
            "Two swine flu cases were confirmed in Scotland.")));
    assertThat(h).isEqualTo("Swine flu cases confirmed in Scotland");
    assertThat(headliner.headline(List.of(Stories.extraction("What now?", "BBC", "2009-04-26", "What now?"))))
        .as("nothing to say: blank, and the story keeps its first title").isEmpty();
  }

  @Test
  void headline_ofNoArticles_fails() {
    assertThatThrownBy(() -> new TitleHeadliner().headline(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
