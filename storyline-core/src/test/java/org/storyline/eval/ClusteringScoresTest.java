package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void of_identicalPartitions_scoresOne() {
    ClusteringScores s = ClusteringScores.of(List.of(1, 1, 2, 3, 3, 3), List.of("a", "a", "b", "c", "c", "c"));
    assertThat(s.b3Precision()).isEqualTo(1.0);
    assertThat(s.b3Recall()).isEqualTo(1.0);
    assertThat(s.pairF1()).isEqualTo(1.0);
    assertThat(s.truePairs()).isEqualTo(4);
  }

  @Test
  void of_everythingInOneCluster_handComputed() {
    // gold {0,1} {2}: cluster {0,1,2}
    ClusteringScores s = ClusteringScores.of(List.of(9, 9, 9), List.of("a", "a", "b"));
    // B3 precision: items 0,1: 2/3 each, item 2: 1/3 -> 5/9; recall 1
    assertThat(s.b3Precision()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(s.b3Recall()).isEqualTo(1.0);
    assertThat(s.b3F1()).isCloseTo(2 * (5.0 / 9) / (5.0 / 9 + 1), within(1e-12));
    // pairs: predicted 3, gold 1, true 1
    assertThat(s.pairPrecision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.pairRecall()).isEqualTo(1.0);
  }

  @Test
  void of_splitClass_handComputed() {
    // gold: one class of 4; predicted {0,1,2} {3}
    ClusteringScores s = ClusteringScores.of(List.of(1, 1, 1, 2), List.of("x", "x", "x", "x"));
    assertThat(s.b3Precision()).isEqualTo(1.0);
    // recall: 3/4 for three items, 1/4 for one -> (9/4 + 1/4) / 4 = 10/16
    assertThat(s.b3Recall()).isCloseTo(10.0 / 16, within(1e-12));
    // pairs: gold 6, predicted 3, true 3
    assertThat(s.pairPrecision()).isEqualTo(1.0);
    assertThat(s.pairRecall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.pairF1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  @Test
  void of_mixedExample_handComputed() {
    // items:   0 1 2 3 4
    // clusters A A B B B ; classes x y y y z
    ClusteringScores s = ClusteringScores.of(List.of("A", "A", "B", "B", "B"), List.of("x", "y", "y", "y", "z"));
    // precision: 0: 1/2, 1: 1/2, 2: 2/3, 3: 2/3, 4: 1/3 -> (1/2+1/2+2/3+2/3+1/3)/5 = (8/3)/5
    assertThat(s.b3Precision()).isCloseTo(8.0 / 15, within(1e-12));
    // recall: 0: 1/1, 1: 1/3, 2: 2/3, 3: 2/3, 4: 1 -> (11/3)/5
    assertThat(s.b3Recall()).isCloseTo(11.0 / 15, within(1e-12));
    // predicted pairs: A 1 + B 3 = 4; gold pairs: y 3; true: (2,3) = 1
    assertThat(s.predictedPairs()).isEqualTo(4);
    assertThat(s.goldPairs()).isEqualTo(3);
    assertThat(s.truePairs()).isEqualTo(1);
    assertThat(s.pairPrecision()).isCloseTo(0.25, within(1e-12));
    assertThat(s.pairRecall()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void of_allSingletonsOnBothSides_pairScoresAreOneByConvention() {
    ClusteringScores s = ClusteringScores.of(List.of(1, 2), List.of("a", "b"));
    assertThat(s.pairPrecision()).isEqualTo(1.0);
    assertThat(s.pairRecall()).isEqualTo(1.0);
  }

  @Test
  void of_differentLengths_isRefused() {
    assertThatThrownBy(() -> ClusteringScores.of(List.of(1), List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 items, gold 2");
  }
}
