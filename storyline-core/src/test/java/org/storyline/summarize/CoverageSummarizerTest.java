package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.Extraction;

class CoverageSummarizerTest {

  private static List<Extraction> talks() {
    return List.of(
        Stories.extraction("Leaders to hold talks on Tuesday", "Wire", "2021-12-06",
            "The two leaders will speak by video link on Tuesday, officials said.\n"
                + "The talks are expected to cover the troops massed near the border.\n"
                + "Officials said the leaders will speak by video link on Tuesday about the troops."),
        Stories.extraction("Leaders held two hours of talks", "Paper", "2021-12-08",
            "The two leaders spoke for two hours by video link on Tuesday, aides said.\n"
                + "Both sides described the talks as frank but said no agreement was reached on the troops."),
        Stories.extraction("Second call planned after talks", "Radio", "2021-12-29",
            "The leaders spoke again by telephone on Wednesday, a week after their envoys met in Geneva.\n"
                + "Diplomats said a further meeting could take place in January."));
  }

  @Test
  void summarize_staysWithinTheBudgetAndCitesEachSentence() {
    List<Extraction> story = talks();
    List<SourcedSentence> s = new CoverageSummarizer().summarize(story, List.of(), 40);
    assertThat(s).isNotEmpty();
    assertThat(s.stream().mapToInt(x -> x.text().split("\\s+").length).sum()).isLessThanOrEqualTo(45);
    for (SourcedSentence x : s) {
      Extraction from = story.stream().filter(e -> e.article().id().value().equals(x.articleId())).findFirst().orElseThrow();
      assertThat(x.span().of(from.article().text())).isEqualTo(x.text());
      assertThat(x.outlet()).isEqualTo(from.article().outlet());
    }
  }

  @Test
  void summarize_leavesOutAnAnnouncementOfADayReportedLater() {
    List<SourcedSentence> s = new CoverageSummarizer().summarize(talks(), List.of(), 150);
    assertThat(s).extracting(SourcedSentence::text).noneMatch(t -> t.contains("will speak"));
    assertThat(s).extracting(SourcedSentence::text).anyMatch(t -> t.contains("spoke for two hours"));
  }

  @Test
  void summarize_putsSentencesInDateOrderWithoutRepeats() {
    List<SourcedSentence> s = new CoverageSummarizer().summarize(talks(), List.of(), 150);
    assertThat(s).extracting(SourcedSentence::published).isSorted();
    assertThat(s).extracting(SourcedSentence::text).doesNotHaveDuplicates();
  }
}
