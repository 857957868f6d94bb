package org.storyline.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java scorer against figures of the task's own scorer ({@code semeval2015_eval.sh gold sys-X},
 * Python 2.7, run once by hand on the fixture under {@code org/storyline/eval/semeval/}).
 */
class TemporalAwarenessTest {

  private static final double EPS = 1e-4;

  private static TaskTimeline read(String dir, String name) throws IOException {
    try (InputStream in = TemporalAwarenessTest.class.getResourceAsStream(dir + "/" + name)) {
      return in == null ? null : TaskTimeline.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), dir + "/" + name);
    }
  }

  private static Map<String, TaskTimeline> folder(String dir) throws IOException {
    Map<String, TaskTimeline> out = new LinkedHashMap<>();
    for (String name : List.of("acme.txt", "widget.txt")) {
      TaskTimeline t = read(dir, name);
      if (t != null) {
        out.put(name, t);
      }
    }
    return out;
  }

  /** The official scorer's figures: micro P, R, F1 and per-timeline F1 (NaN: no system file). */
  @ParameterizedTest
  @CsvSource({
    "sys-a, 69.2308, 60.0,    64.285727551,  47.0588, 90.9091",
    "sys-b, 83.3333, 33.3333, 47.6190081633, 62.5,    0.0",
    "sys-c, 33.3333, 40.0,    36.3636165289, NaN,     36.3636",
  })
  void score_agreesWithTheOfficialScorer(String sys, double p, double r, double f, double acme, double widget) throws IOException {
    TemporalAwareness.Score s = TemporalAwareness.score(folder("gold"), folder(sys));
    assertThat(s.precision()).isCloseTo(p, within(EPS));
    assertThat(s.recall()).isCloseTo(r, within(EPS));
    assertThat(s.f1()).isCloseTo(f, within(EPS));
    if (Double.isNaN(acme)) {
      assertThat(s.missing()).containsExactly("acme.txt");
      assertThat(s.timelines()).doesNotContainKey("acme.txt");
    } else {
      assertThat(s.timelines().get("acme.txt").f1()).isCloseTo(acme, within(EPS));
    }
    assertThat(s.timelines().get("widget.txt").f1()).isCloseTo(widget, within(EPS));
  }

  @Test
  void score_goldAgainstItselfIsPerfect() throws IOException {
    TemporalAwareness.Score s = TemporalAwareness.score(folder("gold"), folder("gold"));
    assertThat(s.f1()).isEqualTo(100.0);
  }

  /** Found by a property: against itself, a timeline repeating a mention scores P 100, R 80, F1 88.8889 with the official scorer too. */
  @Test
  void score_repeatedMentions_asTheOfficialScorerScoresThem() {
    TaskTimeline t = TaskTimeline.parse("T\n1\t2001\t1-2-a\n1\t2001\t1-3-b\t1-2-a\n1\t2001\t1-3-b\t1-2-a\n", "t");
    TemporalAwareness.Score s = TemporalAwareness.score(Map.of("a.txt", t), Map.of("a.txt", t));
    assertThat(s.precision()).isEqualTo(100.0);
    assertThat(s.recall()).isCloseTo(80.0, within(EPS));
    assertThat(s.f1()).isCloseTo(88.8889, within(EPS));
  }

  @Test
  void score_withNoSystemLinkIsZeroWhereTheOfficialScriptDividesByZero() throws IOException {
    Map<String, TaskTimeline> empty = Map.of("acme.txt", TaskTimeline.parse("Acme\n0\tXXXX-XX-XX\t1-5-said\n", "empty"));
    TemporalAwareness.Score s = TemporalAwareness.score(folder("gold"), empty);
    assertThat(s.precision()).isZero();
    assertThat(s.f1()).isZero();
  }

  @Test
  void counts_reduceImpliedLinks() {
    // a, b on one day; c later: a=t0, b=t0, c=t1, a=b (implied by the times), b<c: 4 of the 5 links stay
    TaskTimeline gold = TaskTimeline.parse("X\n1\t2001\ta\tb\n2\t2002\tc\n", "g");
    TemporalAwareness.Counts c = TemporalAwareness.score(gold, gold);
    assertThat(c.gold()).isEqualTo(4);
    assertThat(c.found()).isEqualTo(4);
  }

  @Test
  void sorted_comparesDigitRunsAsNumbers() {
    TaskTimeline t = TaskTimeline.parse("X\n10\t2001\ta\n9\t2001\tb\n9\t2001\ta-10\n9\t2001\ta-9\n", "t");
    assertThat(Tlinks.sorted(t.rows())).extracting(TaskTimeline.Row::line)
        .containsExactly("9\t2001\ta-9", "9\t2001\ta-10", "9\t2001\tb", "10\t2001\ta");
  }

  @Test
  void parse_refusesAnOrderThatIsNoNumber() {
    assertThatThrownBy(() -> TaskTimeline.parse("X\none\t2001\ta\n", "t.txt"))
        .isInstanceOf(TimelineFormatException.class).hasMessage("t.txt: line 2: order 'one' is not a whole number");
  }
}
