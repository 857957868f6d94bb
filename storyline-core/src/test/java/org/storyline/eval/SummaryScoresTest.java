package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Span;
import org.storyline.summarize.SourcedSentence;

class SummaryScoresTest {

  private static SourcedSentence sentence(String text, String published) {
    return new SourcedSentence(text, "a", null, LocalDate.parse(published), Span.of(0, text.length()));
  }

  @Test
  void of_countsTheReferenceDatesTheSentencesTellOf_andRougeAgainstAllReferenceSentences() {
    List<SourcedSentence> summary = List.of(
        sentence("The quake struck Haiti on Tuesday, killing thousands.", "2010-01-13"),
        sentence("Aid flights began to land in Port-au-Prince.", "2010-01-15"));
    Map<LocalDate, List<String>> reference = new TreeMap<>(Map.of(
        LocalDate.of(2010, 1, 12), List.of("A powerful quake struck Haiti."),
        LocalDate.of(2010, 1, 14), List.of("Aid arrived in the capital.")));
    SummaryScores s = SummaryScores.of(summary, reference, new RuleTimeTagger());
    // "on Tuesday", written on Wednesday the 13th: the 12th, a reference date; the second sentence tells of its own day, the 15th
    assertThat(s.dates().precision()).isEqualTo(0.5);
    assertThat(s.dates().recall()).isEqualTo(0.5);
    TimelineScores concat = TimelineScores.of(Map.of(LocalDate.of(2010, 1, 12), summary.stream().map(SourcedSentence::text).toList()),
        reference);
    assertThat(s.rouge1().recall()).isPositive().isCloseTo(concat.concat1().recall(), within(1e-12));
    assertThat(s.rouge2().precision()).isCloseTo(concat.concat2().precision(), within(1e-12));
  }

  @Test
  void average_isTheMeanOfPrecisionsAndOfRecalls() {
    SummaryScores a = new SummaryScores(new TimelineScores.Prf(1, 0), new TimelineScores.Prf(0.2, 0.4), new TimelineScores.Prf(0, 0));
    SummaryScores b = new SummaryScores(new TimelineScores.Prf(0, 1), new TimelineScores.Prf(0.4, 0.2), new TimelineScores.Prf(0, 0));
    SummaryScores mean = SummaryScores.average(List.of(a, b));
    assertThat(mean.dates()).isEqualTo(new TimelineScores.Prf(0.5, 0.5));
    assertThat(mean.rouge1().precision()).isCloseTo(0.3, within(1e-12));
  }
}
