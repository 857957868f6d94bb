package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LemmasTest {

  @Test
  void of_inflectedForms_shareTheirLemma() {
    assertThat(Lemmas.of("attacked")).isEqualTo(Lemmas.of("attacking")).isEqualTo(Lemmas.of("attacks")).isEqualTo("attack");
    assertThat(Lemmas.of("stopped")).isEqualTo("stop");
    assertThat(Lemmas.of("Said")).isEqualTo("say");
    assertThat(Lemmas.of("studies")).isEqualTo("study");
    assertThat(Lemmas.of("falling")).isEqualTo("fall");
  }

  /**
   * A lemma is lower case, never empty, at most one letter longer than the word (an irregular past
   * gains one: "led" is "lead", "shot" is "shoot"; random testing found "LED"), and a lemma's lemma
   * is itself or shorter.
   */
  @Property
  void of_anyWord_isLowerCaseAndAtMostALetterLonger(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String word) {
    String lemma = Lemmas.of(word);
    assertThat(lemma).isNotEmpty().isEqualTo(lemma.toLowerCase(Locale.ROOT));
    assertThat(lemma.length()).isLessThanOrEqualTo(word.length() + 1);
    assertThat(Lemmas.of(lemma).length()).isLessThanOrEqualTo(lemma.length());
  }
}
