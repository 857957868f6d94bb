package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.testing.InputCheck;
import org.storyline.testing.Mutator;

/**
 * The CoNLL reader fed mutations of a valid file: documents that write back and read again to the
 * same documents, or an {@link IllegalArgumentException} naming the file and line.
 */
class ConllFuzzTest {

  private static final String NAME = "fuzzed.conll";

  @Property(tries = 400)
  void mutatedConllIsReadOrRefusedWithItsLine(@ForAll("edits") List<Mutator.Edit> edits) throws IOException {
    String input = new String(Mutator.apply(seed(), edits), StandardCharsets.UTF_8);
    assertTimeoutPreemptively(InputCheck.LIMIT, () -> {
      try {
        List<ConllDocument> docs = Conll.read(new StringReader(input), NAME);
        StringWriter written = new StringWriter();
        Conll.write(docs, written);
        assertThat(Conll.read(new StringReader(written.toString()), NAME)).isEqualTo(docs);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).matches("\\Q" + NAME + "\\E:\\d+: .*").doesNotContain("\n");
      }
    });
  }

  @Provide
  Arbitrary<List<Mutator.Edit>> edits() {
    return Mutator.edits(6);
  }

  private static byte[] seed() throws IOException {
    try (InputStream in = ConllFuzzTest.class.getResourceAsStream("/fuzz/formats/sample.conll")) {
      return in.readAllBytes();
    }
  }
}
