package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.testing.InputCheck;
import org.storyline.testing.Mutator;

/** The TimeML reader fed mutations of a valid document: a document with its spans inside its text, or a {@link TimeMlException} naming the input. */
class TimeMlFuzzTest {

  private static final String ORIGIN = "fuzzed.tml";

  @Property(tries = 400)
  void mutatedTimeMlIsReadOrRefusedWithItsName(@ForAll("edits") List<Mutator.Edit> edits) throws IOException {
    String input = new String(Mutator.apply(seed(), edits), StandardCharsets.UTF_8);
    assertTimeoutPreemptively(InputCheck.LIMIT, () -> {
      try {
        TimeMlDocument doc = TimeMlDocument.parse(input, ORIGIN);
        for (Timex t : doc.timexes()) {
          assertThat(t.span().end()).isLessThanOrEqualTo(doc.text().length());
        }
      } catch (TimeMlException e) {
        assertThat(e.getMessage()).startsWith(ORIGIN).doesNotContain("\n");
      }
    });
  }

  /** Found by the property: a DCT value broken over two lines made a two-line message. */
  @Example
  void aDctValueOverTwoLinesIsRefusedInOneLine() {
    String timeMl = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-1\n2-06\">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>";
    assertThatThrownBy(() -> TimeMlDocument.parse(timeMl, ORIGIN))
        .isInstanceOf(TimeMlException.class)
        .hasMessageContaining("2021-1\\n2-06")
        .hasMessageNotContaining("\n");
  }

  @Provide
  Arbitrary<List<Mutator.Edit>> edits() {
    return Mutator.edits(6);
  }

  private static byte[] seed() throws IOException {
    try (InputStream in = TimeMlFuzzTest.class.getResourceAsStream("/fuzz/formats/sample.tml")) {
      return in.readAllBytes();
    }
  }
}
