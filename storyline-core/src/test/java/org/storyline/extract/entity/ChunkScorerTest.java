package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkScorerTest {

  @Test
  void chunks_iob1_iStartsAChunkUnlessItContinuesTheSameType() {
    assertThat(ChunkScorer.chunks(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG")))
        .containsExactly(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC"), new Chunk(5, 7, "ORG"));
  }

  @Test
  void chunks_iob2_bStartsEveryChunk() {
    assertThat(ChunkScorer.chunks(List.of("B-PER", "I-PER", "B-PER", "I-LOC", "O", "B-MISC")))
        .containsExactly(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(3, 4, "LOC"), new Chunk(5, 6, "MISC"));
  }

  @Test
  void chunks_iob1AndIob2OfTheSameNames_agree() {
    List<String> iob1 = List.of("I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-PER");
    List<String> iob2 = List.of("B-ORG", "I-ORG", "O", "B-PER", "B-PER", "I-PER");
    assertThat(ChunkScorer.chunks(iob1)).isEqualTo(ChunkScorer.chunks(iob2));
  }

  @Test
  void chunks_runningToTheEnd_areClosed() {
    assertThat(ChunkScorer.chunks(List.of("O", "I-LOC", "I-LOC"))).containsExactly(new Chunk(1, 3, "LOC"));
    assertThat(ChunkScorer.chunks(List.of("O", "O"))).isEmpty();
  }

  @Test
  void scores_handComputed() {
    ChunkScorer scorer = new ChunkScorer();
    // gold: PER [0,2) LOC [3,4) ORG [5,6); guess: PER [0,1) (wrong end) LOC [3,4) (right) LOC [5,6) (wrong type)
    scorer.add(List.of("I-PER", "I-PER", "O", "I-LOC", "O", "I-ORG"), List.of("I-PER", "O", "O", "I-LOC", "O", "I-LOC"));
    NerScores s = scorer.scores();
    assertThat(s.overall().gold()).isEqualTo(3);
    assertThat(s.overall().guessed()).isEqualTo(3);
    assertThat(s.overall().correct()).isEqualTo(1);
    assertThat(s.overall().f1()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
    NerScores.Counts loc = s.perType().stream().filter(c -> c.type().equals("LOC")).findFirst().orElseThrow();
    assertThat(loc.precision()).isEqualTo(0.5);
    assertThat(loc.recall()).isEqualTo(1.0);
    assertThat(loc.f1()).isCloseTo(2 / 3.0, within(1e-9));
    NerScores.Counts org = s.perType().stream().filter(c -> c.type().equals("ORG")).findFirst().orElseThrow();
    assertThat(org.guessed()).isZero();
    assertThat(org.f1()).isZero();
  }

  @Test
  void scores_sentenceBoundaryEndsAChunk() {
    ChunkScorer scorer = new ChunkScorer();
    scorer.add(List.of("O", "I-PER"), List.of("O", "I-PER"));
    scorer.add(List.of("I-PER", "O"), List.of("I-PER", "O"));
    assertThat(scorer.scores().overall().gold()).isEqualTo(2);
    assertThat(scorer.scores().overall().correct()).isEqualTo(2);
  }

  @Test
  void scores_twoTouchingChunksGuessedAsOne_areBothMissed() {
    ChunkScorer scorer = new ChunkScorer();
    scorer.add(List.of("I-LOC", "B-LOC"), List.of("I-LOC", "I-LOC"));
    NerScores s = scorer.scores();
    assertThat(s.overall().gold()).isEqualTo(2);
    assertThat(s.overall().guessed()).isEqualTo(1);
    assertThat(s.overall().correct()).isZero();
    assertThat(s.format()).contains("FB1:   0.00");
  }
}
