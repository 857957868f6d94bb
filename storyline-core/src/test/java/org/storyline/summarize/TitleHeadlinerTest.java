package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;
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

  /** An untitled wire report whose lead has no clause boundary early: its lead, not nothing (the story's first line, a byline). */
  @Test
  void headline_ofAnUntitledLeadWithoutABoundary_isTheLead() {
    String lead = "Virtually all cases of the most common strain of flu circulating in the United States now resist the main"
        + " drug used to treat it, the CDC reported on Monday.";
    Extraction x = Stories.extraction("t", "reuters", "2009-03-02", "x");
    String text = "By Maggie Fox, Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - "
        + lead + "\n\nCDC researchers said 98 percent of samples were resistant.";
    Article untitled = new Article(x.article().id(), x.article().origin(), x.article().format(), null, x.article().published(),
        "reuters", null, text, new Layout(null, null, null, List.of(Span.of(0, text.length()))), text,
        OffsetMap.identity(text.length()), List.of());
    String h = new TitleHeadliner().headline(List.of(new Extraction(untitled, x.timeAnchor(), List.of(), List.of(),
        List.of(), List.of())));
    assertThat(h).isEqualTo(lead);
  }

  @Test
  void headline_ofNoArticles_fails() {
    assertThatThrownBy(() -> new TitleHeadliner().headline(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
