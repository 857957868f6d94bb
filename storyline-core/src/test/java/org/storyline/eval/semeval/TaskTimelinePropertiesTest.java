package org.storyline.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The timeline reader on any text, and the scorer's invariants on any well-formed timelines. */
class TaskTimelinePropertiesTest {

  @Property(tries = 500)
  void anyTextIsReadOrRefusedNamingTheFileAndLine(@ForAll("texts") String text) {
    try {
      TaskTimeline t = TaskTimeline.parse(text, "t.txt");
      for (TaskTimeline.Row r : t.rows()) {
        assertThat(r.line()).isEqualTo(r.line().stripTrailing()).contains("\t");
        assertThat(r.mentions()).isNotEmpty();
        assertThat(r.line()).startsWith(r.line().split("\t", -1)[0]).contains(r.time());
      }
    } catch (TimelineFormatException e) {
      assertThat(e.getMessage()).startsWith("t.txt: line ").contains("is not a whole number").doesNotContain("\n");
    }
  }

  @Property(tries = 200)
  void aTimelineAgainstItselfScoresAllOrNothingAndScoresStayInRange(@ForAll("timelines") String gold, @ForAll("timelines") String other) {
    TaskTimeline g = TaskTimeline.parse(gold, "g");
    TemporalAwareness.Score self = TemporalAwareness.score(Map.of("a.txt", g), Map.of("a.txt", g));
    List<String> placed = g.rows().stream().filter(r -> r.order() != 0).flatMap(r -> r.mentions().stream()).toList();
    if (placed.size() == new HashSet<>(placed).size()) {
      // a mention repeated in a timeline is matched by the script's own rule, which can miss even against itself
      // (TemporalAwarenessTest.score_repeatedMentions_asTheOfficialScorerScoresThem)
      assertThat(self.f1()).isEqualTo(placed.isEmpty() ? 0.0 : 100.0);
    }
    TemporalAwareness.Score s = TemporalAwareness.score(Map.of("a.txt", g), Map.of("a.txt", TaskTimeline.parse(other, "o")));
    assertThat(s.precision()).isBetween(0.0, 100.0);
    assertThat(s.recall()).isBetween(0.0, 100.0);
    assertThat(s.f1()).isBetween(0.0, 100.0);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars('\t', '\n', ' ', '0', '1', '9', '-', 'X', 'a', '\r').ofMaxLength(60);
  }

  /** Rows of small orders, a few dates and a few mentions (repeats included), as the task writes them. */
  @Provide
  Arbitrary<String> timelines() {
    Arbitrary<String> row = Combinators.combine(
        Arbitraries.integers().between(0, 4),
        Arbitraries.of("2001", "2001-05", "2001-05-02", "2002", "XXXX-XX-XX"),
        Arbitraries.of("1-2-a", "1-3-b", "2-1-c", "2-2-d", "3-10-e").list().ofMinSize(1).ofMaxSize(3))
        .as((o, d, m) -> o + "\t" + d + "\t" + String.join("\t", m));
    return row.list().ofMaxSize(8).map(rows -> "T\n" + String.join("\n", rows) + "\n");
  }

}
