package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;

/** The rules over the tagger's chunks, each on the kind of sentence it was written for. */
class ChunkRepairTest {

  private static final EntityType PER = EntityType.PERSON;
  private static final EntityType ORG = EntityType.ORGANIZATION;
  private static final EntityType LOC = EntityType.LOCATION;

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  /** The repaired chunks as "text/TYPE". */
  private static List<String> repaired(String sentence, EntityChunk... chunks) {
    List<String> w = words(sentence);
    List<String> out = new ArrayList<>();
    for (EntityChunk c : ChunkRepair.repair(List.of(chunks), w)) {
      out.add(String.join(" ", w.subList(c.start(), c.end())) + "/" + c.type().name().substring(0, 3));
    }
    return out;
  }

  @Test
  void particles_joinTheNameAndTheWordAfterThemIntoOnePerson() {
    assertThat(repaired("President Ursula von der Leyen said",
        new EntityChunk(1, 2, PER), new EntityChunk(4, 5, LOC)))
        .containsExactly("Ursula von der Leyen/PER");
    assertThat(repaired("Joaquin del Olmo scored", new EntityChunk(0, 1, PER)))
        .containsExactly("Joaquin del Olmo/PER");
  }

  @Test
  void particles_doNotJoinOtherTypesOrLowerCaseWords() {
    assertThat(repaired("Banco de Chile rose", new EntityChunk(0, 1, ORG), new EntityChunk(2, 3, LOC)))
        .containsExactly("Banco/ORG", "Chile/LOC");
    assertThat(repaired("Putin de facto ruled", new EntityChunk(0, 1, PER)))
        .containsExactly("Putin/PER");
  }

  @Test
  void title_splitsAnOrganisationFromThePersonAfterIt() {
    assertThat(repaired("European Council President Charles Michel spoke", new EntityChunk(0, 5, ORG)))
        .containsExactly("European Council/ORG", "Charles Michel/PER");
    assertThat(repaired("NATO Secretary General Jens Stoltenberg said", new EntityChunk(0, 5, ORG)))
        .containsExactly("NATO/ORG", "Jens Stoltenberg/PER");
  }

  @Test
  void title_atTheEdgeOrBeforeLowerCaseWords_splitsNothing() {
    assertThat(repaired("the Office of the President said", new EntityChunk(1, 5, ORG)))
        .containsExactly("Office of the President/ORG");
    assertThat(repaired("Minister of Finance Ltd said", new EntityChunk(0, 4, ORG)))
        .containsExactly("Minister of Finance Ltd/ORG");
  }

  @Test
  void runOnEdges_areCut_butNameEndingsOfCoNllStay() {
    assertThat(repaired("by The Associated Press contributed to", new EntityChunk(2, 5, ORG)))
        .containsExactly("Associated Press/ORG");
    assertThat(repaired("frigate Fridtjof Nansen .", new EntityChunk(1, 4, ORG)))
        .containsExactly("Fridtjof Nansen/ORG");
    assertThat(repaired("Putin Tuesday said", new EntityChunk(0, 2, PER)))
        .containsExactly("Putin/PER");
    assertThat(repaired("the Liberal Democratic party won", new EntityChunk(1, 4, ORG)))
        .containsExactly("Liberal Democratic party/ORG");
    assertThat(repaired("at Lord 's today", new EntityChunk(1, 3, LOC)))
        .containsExactly("Lord 's/LOC");
    assertThat(repaired("Mladost ( L ) 3", new EntityChunk(0, 4, ORG)))
        .containsExactly("Mladost ( L )/ORG");
    assertThat(repaired("in Denver , Colo . on", new EntityChunk(3, 5, LOC)))
        .containsExactly("Colo ./LOC");
  }

  @Test
  void strayWords_splitAChunkThatRanPastTheName() {
    assertThat(repaired("of The Associated Press and by David Sanger", new EntityChunk(2, 7, ORG)))
        .containsExactly("Associated Press/ORG", "David/ORG");
  }

  @Test
  void institution_goesOnOverInAndThePlaceItsNameSpellsOut() {
    assertThat(repaired("the Organization for Security and Co-operation in Europe ,",
        new EntityChunk(1, 6, ORG), new EntityChunk(7, 8, LOC)))
        .containsExactly("Organization for Security and Co-operation in Europe/ORG");
    assertThat(repaired("the European Commission in Brussels said",
        new EntityChunk(1, 3, ORG), new EntityChunk(4, 5, LOC)))
        .containsExactly("European Commission/ORG", "Brussels/LOC");
  }

  @Test
  void pronouns_andLowerCaseNames_areKeptOrDroppedAsBefore() {
    assertThat(repaired("He met them", new EntityChunk(0, 1, PER))).isEmpty();
    assertThat(repaired("the interior ministry said", new EntityChunk(1, 3, ORG)))
        .containsExactly("interior ministry/ORG");
  }
}
