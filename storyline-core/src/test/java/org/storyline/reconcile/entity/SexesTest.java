package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.lexicon.Sex;

class SexesTest {

  @Test
  void ofTitle_readsTheTitlesBeforeTheName() {
    assertThat(Sexes.ofTitle("Mrs Jackson", "Jackson")).isEqualTo(Sex.FEMALE);
    assertThat(Sexes.ofTitle("Mr. Jackson", "Jackson")).isEqualTo(Sex.MALE);
    assertThat(Sexes.ofTitle("Health Secretary Ms Smith", "Smith")).isEqualTo(Sex.FEMALE);
    assertThat(Sexes.ofTitle("President Smith", "Smith")).isNull();
    assertThat(Sexes.ofTitle("Jackson", "Jackson")).isNull();
  }

  @Test
  void ofTitle_ofAWordOfTheNameItself_tellsNothing() {
    // "King" is a surname here, not a title: the cleaned name keeps it
    assertThat(Sexes.ofTitle("Justin King", "Justin King")).isNull();
  }

  @Test
  void ofFullName_knowsOnlyFirstNamesOfOneSex() {
    assertThat(Sexes.ofFullName("Katherine Jackson")).isEqualTo(Sex.FEMALE);
    assertThat(Sexes.ofFullName("Michael Jackson")).isEqualTo(Sex.MALE);
    assertThat(Sexes.ofFullName("Jordan Smith")).isNull(); // given to both
    assertThat(Sexes.ofFullName("Jackson")).isNull(); // a surname alone
  }

  @Test
  void disagree_onlyWhenBothSexesAreKnown() {
    assertThat(Sexes.disagree(Sex.FEMALE, "Michael Jackson")).isTrue();
    assertThat(Sexes.disagree(Sex.FEMALE, "Katherine Jackson")).isFalse();
    assertThat(Sexes.disagree(Sex.MALE, "Jordan Smith")).isFalse();
    assertThat(Sexes.disagree(null, "Michael Jackson")).isFalse();
  }
}
