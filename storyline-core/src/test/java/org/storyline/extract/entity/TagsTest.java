package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;

class TagsTest {

  @Test
  void encodeThenDecode_givesTheChunksBack() {
    List<Chunk> chunks = List.of(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 7, "ORG"));
    int[] tags = Tags.encode(chunks, 8);
    assertThat(Tags.name(tags[0])).isEqualTo("B-PER");
    assertThat(Tags.name(tags[1])).isEqualTo("L-PER");
    assertThat(Tags.name(tags[2])).isEqualTo("U-PER");
    assertThat(Tags.name(tags[5])).isEqualTo("I-ORG");
    assertThat(Tags.decode(tags)).containsExactly(new EntityChunk(0, 2, EntityType.PERSON),
        new EntityChunk(2, 3, EntityType.PERSON), new EntityChunk(4, 7, EntityType.ORGANIZATION));
  }

  @Test
  void allowed_keepsBilouSequencesWellFormed() {
    int bPer = Tags.b(EntityType.PERSON);
    int bLoc = Tags.b(EntityType.LOCATION);
    assertThat(Tags.allowed(Tags.O, bPer)).isTrue();
    assertThat(Tags.allowed(Tags.O, bPer + 1)).isFalse(); // I after O
    assertThat(Tags.allowed(bPer, bPer + 2)).isTrue(); // L after B
    assertThat(Tags.allowed(bPer, bLoc + 2)).isFalse(); // another type
    assertThat(Tags.allowed(bPer, Tags.O)).isFalse();
    assertThat(Tags.mayEnd(bPer)).isFalse();
    assertThat(Tags.mayEnd(bPer + 3)).isTrue();
  }

  @Test
  void iobTags_ofChunks() {
    List<EntityChunk> chunks = List.of(new EntityChunk(0, 1, EntityType.LOCATION), new EntityChunk(1, 3, EntityType.LOCATION));
    assertThat(NerEvaluation.tags(chunks, 4, NerEvaluation.Scheme.IOB1)).containsExactly("I-LOC", "B-LOC", "I-LOC", "O");
    assertThat(NerEvaluation.tags(chunks, 4, NerEvaluation.Scheme.IOB2)).containsExactly("B-LOC", "B-LOC", "I-LOC", "O");
  }
}
