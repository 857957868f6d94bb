package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written check of an id's form says what the regular expression it replaced said. */
class HexIdTest {

  @Property
  void saysWhatTheRegularExpressionSays(@ForAll("nearlyIds") String s) {
    assertThat(HexId.is(s, 16)).isEqualTo(s.matches("[0-9a-f]{16}"));
    assertThat(HexId.is(s, 12)).isEqualTo(s.matches("[0-9a-f]{12}"));
    assertThat(HexId.is(s, 1, 12)).isEqualTo(s.matches(".[0-9a-f]{12}"));
  }

  /** Strings of 10 to 18 characters, mostly hex digits, some upper case, some neighbours of the range. */
  @Provide
  Arbitrary<String> nearlyIds() {
    return Arbitraries.strings().withChars("0123456789abcdef0123456789abcdefABCFg/:`G -\u0660")
        .ofMinLength(10).ofMaxLength(18);
  }
}
