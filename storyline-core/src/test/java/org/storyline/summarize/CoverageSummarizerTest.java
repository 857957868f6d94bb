package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.Extraction;
import org.storyline.extract.time.RuleTimeTagger;

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

  @Test
  void days_areTheDaysASentenceNamesUpToItsPublication_elseItsPublicationDay() {
    Units units = new Units(new org.storyline.extract.text.RuleTokenizer(), new RuleTimeTagger());
    List<Unit> read = units.read(Stories.text("a", "Wire", "2022-01-24",
        "The talks followed calls on Dec. 7 and on Dec. 30 last year.\n"
            + "The ministers will meet again on Friday in Geneva to talk.\n"
            + "Troops were placed on alert near the border overnight."));
    assertThat(CoverageSummarizer.days(read.get(0))).containsExactlyInAnyOrder(LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 30));
    assertThat(CoverageSummarizer.day(read.get(0))).isEqualTo(LocalDate.of(2021, 12, 7));
    assertThat(CoverageSummarizer.days(read.get(1))).as("a day named ahead is not told").containsExactly(LocalDate.of(2022, 1, 24));
    assertThat(CoverageSummarizer.days(read.get(2))).containsExactly(LocalDate.of(2022, 1, 24));
  }

  @Test
  void summarizeTexts_citesTheTextsAsGiven() {
    List<DatedText> story = List.of(
        Stories.text("a1", "wire", "2021-03-03", "Heavy rain flooded the river valley on Wednesday, forcing thousands to leave their homes."),
        Stories.text("a2", "paper", "2021-03-04", "The floods that hit the valley on Wednesday killed at least twelve people, officials said."));
    List<SourcedSentence> s = new CoverageSummarizer().summarizeTexts(story, 150);
    assertThat(s).isNotEmpty();
    for (SourcedSentence x : s) {
      DatedText from = story.stream().filter(a -> a.id().equals(x.articleId())).findFirst().orElseThrow();
      assertThat(x.span().of(from.text())).isEqualTo(x.text());
    }
  }

  @Test
  void read_givesWhatSummarizeGivesForTheWholeAndEachPart_atEachLength() {
    List<Extraction> story = talks();
    CoverageSummarizer summarizer = new CoverageSummarizer();
    StorySummarizer.Read read = summarizer.read(story, List.of(), List.of());
    List<List<Extraction>> parts = List.of(story, List.of(story.get(2), story.get(0)), List.of(story.get(1)),
        List.of(story.get(2), story.get(1), story.get(0)), List.of(story.get(0), story.get(1), story.get(0)));
    for (List<Extraction> part : parts) {
      for (int words : new int[] {150, 25, 60}) {
        assertThat(read.summary(part, words)).isEqualTo(summarizer.summarize(part, List.of(), List.of(), words));
      }
    }
  }

  @Test
  void read_refusesAnArticleNotOfTheStoryRead() {
    List<Extraction> story = talks();
    StorySummarizer.Read read = new CoverageSummarizer().read(story.subList(0, 2), List.of(), List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.summary(story, 60))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of the story read");
  }
}
