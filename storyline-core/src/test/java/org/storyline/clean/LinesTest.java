package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The word counts {@link Lines} keeps for the rules are those of each line's text. */
class LinesTest {

  @Property
  void wordCount_ofALine_isTheCountOfItsText(
      @ForAll @StringLength(max = 80) @Chars({' ', '\t', '\n', '\r', '\u00A0', '\u2003', 'a', 'B', '.'}) String content) {
    Lines lines = Lines.of(content);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.wordCount(i)).as("line %d", i).isEqualTo(Lines.wordCount(lines.text(i)));
    }
  }

  @Test
  void wordCount_countsEachLineOnItsOwn() {
    Lines lines = Lines.of("Two words\n\n  three more words  \r\nx");
    assertThat(lines.size()).isEqualTo(4);
    assertThat(new int[] {lines.wordCount(0), lines.wordCount(1), lines.wordCount(2), lines.wordCount(3)})
        .containsExactly(2, 0, 3, 1);
  }
}
