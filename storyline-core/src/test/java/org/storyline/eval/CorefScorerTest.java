package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metrics on examples worked by hand. */
class CorefScorerTest {

  /**
   * The example of Pradhan et al. (2014, "Scoring coreference partitions of predicted mentions"):
   * key {a b c} {d e f g}, response {a b} {c d} {f g h i}. MUC: recall (1 + 1) / (2 + 3) = 0.4,
   * precision (1 + 0 + 1) / (1 + 1 + 3) = 0.4. B³ recall (4/3 + 1/3 + 1/4 + 4/4) / 7 = 35/84,
   * precision (4/2 + 1/2 + 1/2 + 4/4) / 8 = 0.5. CEAF-e: φ4 aligns {a b c}-{a b} (0.8) and
   * {d e f g}-{f g h i} (0.5): recall 1.3 / 2, precision 1.3 / 3, F1 0.52.
   */
  @Test
  void pradhanExample_allThreeMetrics() {
    List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
    List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));
    CorefScores s = CorefScorer.score(key, response);
    assertThat(s.muc().recall()).isCloseTo(0.4, offset(1e-9));
    assertThat(s.muc().precision()).isCloseTo(0.4, offset(1e-9));
    assertThat(s.bCubed().recall()).isCloseTo(35.0 / 84, offset(1e-9));
    assertThat(s.bCubed().precision()).isCloseTo(0.5, offset(1e-9));
    assertThat(s.ceafE().recall()).isCloseTo(0.65, offset(1e-9));
    assertThat(s.ceafE().precision()).isCloseTo(1.3 / 3, offset(1e-9));
    assertThat(s.ceafE().f1()).isCloseTo(0.52, offset(1e-9));
    assertThat(s.conllF1()).isCloseTo((0.4 + 2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5) + 0.52) / 3, offset(1e-9));
  }

  /** Vilain et al. (1995): key {A B C D}, response {A B} {C D}: MUC recall 2/3, precision 1. */
  @Test
  void vilainExample_muc() {
    CorefScores s = CorefScorer.score(List.of(Set.of("A", "B", "C", "D")), List.of(Set.of("A", "B"), Set.of("C", "D")));
    assertThat(s.muc().recall()).isCloseTo(2.0 / 3, offset(1e-9));
    assertThat(s.muc().precision()).isCloseTo(1.0, offset(1e-9));
    // B³: recall (4/4 + 4/4) / 4 = 0.5, precision 1; CEAF-e: φ4 = 2*2/6 = 2/3 once: recall 2/3, precision 1/3
    assertThat(s.bCubed().recall()).isCloseTo(0.5, offset(1e-9));
    assertThat(s.bCubed().precision()).isCloseTo(1.0, offset(1e-9));
    assertThat(s.ceafE().recall()).isCloseTo(2.0 / 3, offset(1e-9));
    assertThat(s.ceafE().precision()).isCloseTo(1.0 / 3, offset(1e-9));
  }

  @Test
  void identicalPartitions_scoreOne() {
    List<Set<Integer>> p = List.of(Set.of(1, 2, 3), Set.of(4, 5), Set.of(6));
    CorefScores s = CorefScorer.score(p, p);
    assertThat(s.muc().f1()).isEqualTo(1.0);
    assertThat(s.bCubed().f1()).isEqualTo(1.0);
    assertThat(s.ceafE().f1()).isCloseTo(1.0, offset(1e-12));
    assertThat(s.conllF1()).isCloseTo(1.0, offset(1e-12));
  }

  @Test
  void assignment_findsTheBestOneToOne_notTheGreedy() {
    // greedy takes 0.9 then 0.1; the best is 0.8 + 0.8
    double best = CorefScorer.Assignment.maxWeight(new double[][] {{0.9, 0.8}, {0.8, 0.1}});
    assertThat(best).isCloseTo(1.6, offset(1e-12));
  }
}
