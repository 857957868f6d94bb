package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** White space folded by hand folds as the regular expression it replaced. */
class SpacesTest {

  @Property
  void foldsAsTheRegularExpression(@ForAll("spacey") String s) {
    assertThat(Spaces.fold(s)).isEqualTo(s.replaceAll("\\s+", " "));
  }

  /** Strings dense in white space of every kind, those {@code \s} leaves alone among them. */
  @Provide
  Arbitrary<String> spacey() {
    return Arbitraries.strings().withChars("ab  \t\n\r\f\u000B\u00A0\u2028\u0085\u3000é").ofMaxLength(30);
  }
}
