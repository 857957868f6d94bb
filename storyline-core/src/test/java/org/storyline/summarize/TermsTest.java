package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void isLetterOrDigit_asCharacter_forEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(Terms.isLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
    }
  }

  @Property(tries = 200)
  void of_keepsContentWords_lowerCased_plainPlural(@ForAll String text) {
    assertThat(Terms.of(text)).allSatisfy(t -> {
      assertThat(t.length()).isGreaterThanOrEqualTo(2);
      assertThat(t).isEqualTo(t.toLowerCase(java.util.Locale.ROOT));
    });
  }

  @Test
  void of_example() {
    assertThat(Terms.of("The troops, 8,500 of them, were placed on alert (NATO's)."))
        .containsExactly("troop", "500", "placed", "alert", "nato");
  }
}
