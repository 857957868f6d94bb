package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VocabularyTest {

  @Property
  void isYear_andIsNumber_matchWhatTheirPatternsMatch(@ForAll("tokens") String token) {
    assertThat(Vocabulary.isYear(token)).isEqualTo(token.matches("(19|20)\\d\\d"));
    assertThat(Vocabulary.isNumber(token)).isEqualTo(token.matches("\\d[\\d.,]*"));
  }

  /** Short strings of digits (ASCII and others), separators and letters: years, numbers and near misses. */
  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.strings().withChars("0129.,a\u0663 ").ofMaxLength(6);
  }
}
