package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;

class NamesTest {

  @Test
  void fold_transliterationVariants_foldAlike() {
    assertThat(Names.fold("Zelensky")).isEqualTo(Names.fold("Zelenskyy")).isEqualTo(Names.fold("Zelenskiy"));
    assertThat(Names.fold("Sergey")).isEqualTo(Names.fold("Sergei"));
    assertThat(Names.fold("Dmitry")).isEqualTo(Names.fold("Dmitri"));
    assertThat(Names.fold("Erdoğan")).isEqualTo(Names.fold("Erdogan"));
    assertThat(Names.fold("Oleksiy")).isEqualTo(Names.fold("Oleksii"));
  }

  @Test
  void fold_differentNames_stayApart() {
    assertThat(Names.fold("Johnson")).isNotEqualTo(Names.fold("Johnston"));
    assertThat(Names.fold("Joe")).isNotEqualTo(Names.fold("Hunter"));
    assertThat(Names.fold("Austin")).isNotEqualTo(Names.fold("Boston"));
  }

  @Test
  void clean_stripsTitlesDeterminersAndPossessives() {
    assertThat(Names.clean("Russian President Vladimir Putin", EntityType.PERSON)).isEqualTo("Vladimir Putin");
    assertThat(Names.clean("Secretary of State Antony Blinken", EntityType.PERSON)).isEqualTo("Antony Blinken");
    assertThat(Names.clean("Kremlin spokesman Dmitry Peskov", EntityType.PERSON)).isEqualTo("Dmitry Peskov");
    assertThat(Names.clean("Putin's", EntityType.PERSON)).isEqualTo("Putin");
    assertThat(Names.clean("the Kremlin", EntityType.ORGANIZATION)).isEqualTo("Kremlin");
    assertThat(Names.clean("its new iPhone 4", EntityType.MISC)).isEqualTo("iPhone 4");
    assertThat(Names.clean("Apple 's iTunes store", EntityType.MISC)).isEqualTo("iTunes store");
    assertThat(Names.clean("Detective Sgt. Marla Quint", EntityType.PERSON)).isEqualTo("Marla Quint");
    assertThat(Names.clean("Det. Quint", EntityType.PERSON)).isEqualTo("Quint");
    assertThat(Names.clean("Sheriff Dale Orrin", EntityType.PERSON)).isEqualTo("Dale Orrin");
  }

  @Test
  void clean_keepsANameThatIsAllTitle() {
    assertThat(Names.clean("President", EntityType.PERSON)).isEqualTo("President");
    assertThat(Names.clean("Martin Luther King", EntityType.PERSON)).isEqualTo("Martin Luther King");
  }

  @Test
  void acronyms_matchInitialsWithOrWithoutMinorWords() {
    assertThat(Names.isAcronymOf("OSCE", "Organization for Security and Co-operation in Europe")).isTrue();
    assertThat(Names.isAcronymOf("NATO", "North Atlantic Treaty Organization")).isTrue();
    assertThat(Names.isAcronymOf("U.S.", "United States")).isTrue();
    assertThat(Names.isAcronymOf("USA", "United States of America")).isTrue();
    assertThat(Names.isAcronymOf("EU", "European Commission")).isFalse();
    assertThat(Names.isAcronymOf("Nato", "North Atlantic Treaty Organization")).isFalse();
  }

  @Test
  void similarity_textbookValues() {
    assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
    assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, org.assertj.core.data.Offset.offset(0.001));
    assertThat(Similarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(Similarity.levenshtein("Volodymr", "Volodymyr")).isEqualTo(1);
  }

  @Test
  void firstNames_agreeOnVariantsInitialsAndTypos_notOnOtherNames() {
    assertThat(RuleEntityResolver.firstNamesAgree("Sergey", "Sergei")).isNotNull();
    assertThat(RuleEntityResolver.firstNamesAgree("Volodymr", "Volodymyr")).isNotNull();
    assertThat(RuleEntityResolver.firstNamesAgree("J.", "Joe")).isEqualTo("agree as an initial");
    assertThat(RuleEntityResolver.firstNamesAgree("J", "Joe")).isNotNull();
    assertThat(RuleEntityResolver.firstNamesAgree("Joe", "Hunter")).isNull();
    assertThat(RuleEntityResolver.firstNamesAgree("Boris", "Dustin")).isNull();
    assertThat(RuleEntityResolver.firstNamesAgree("Jake", "Jane")).isNull(); // too short for a typo
  }
}
