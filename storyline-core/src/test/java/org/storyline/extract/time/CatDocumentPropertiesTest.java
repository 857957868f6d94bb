package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.storyline.testing.InputCheck;
import org.storyline.testing.Mutator;

/** The CAT reader: tokens land where their spans say, and broken input is refused with one line naming the file. */
class CatDocumentPropertiesTest {

  private static final String ORIGIN = "fuzzed.xml";

  /** Any tokens, in sentences numbered upwards: each token's span holds its text, spans go forward, tokenAt finds each. */
  @Property(tries = 300)
  void tokensAreWhereTheirSpansSay(@ForAll("words") @Size(min = 1, max = 30) List<String> words,
      @ForAll("breaks") @Size(min = 30, max = 30) List<Boolean> breaks) {
    StringBuilder xml = new StringBuilder("<Document doc_id=\"1\">");
    int sentence = 0;
    for (int i = 0; i < words.size(); i++) {
      if (breaks.get(i)) {
        sentence++;
      }
      xml.append("<token sentence=\"").append(sentence).append("\" t_id=\"").append(i + 1).append("\">")
          // '>' escaped too: "]]>" may not stand in XML character data, and a word may hold it
          .append(words.get(i).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</token>");
    }
    CatDocument d = CatDocument.parse(xml.append("</Document>").toString().getBytes(StandardCharsets.UTF_8), ORIGIN);
    assertThat(d.tokens()).hasSize(words.size());
    int end = 0;
    for (int i = 0; i < words.size(); i++) {
      CatDocument.Token t = d.tokens().get(i);
      assertThat(t.span().of(d.text())).isEqualTo(t.text()).isEqualTo(words.get(i).strip().replaceAll("\\s+", "_"));
      assertThat(t.span().start()).isGreaterThan(i == 0 ? -1 : end);
      end = t.span().end();
      assertThat(d.tokenAt(t.span().start())).contains(t);
    }
    assertThat(end).isEqualTo(d.text().length());
  }

  @Property(tries = 400)
  void mutatedCatIsReadOrRefusedWithItsName(@ForAll("edits") List<Mutator.Edit> edits) throws IOException {
    byte[] input = Mutator.apply(seed(), edits);
    assertTimeoutPreemptively(InputCheck.LIMIT, () -> {
      try {
        CatDocument d = CatDocument.parse(input, ORIGIN);
        for (CatDocument.Token t : d.tokens()) {
          assertThat(t.span().of(d.text())).isEqualTo(t.text());
        }
      } catch (CatException e) {
        assertThat(e.getMessage()).startsWith(ORIGIN).doesNotContain("\n");
      }
    });
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings().withCharRange('!', '~').withChars(' ', 'é', '\t').ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.isBlank()).list();
  }

  @Provide
  Arbitrary<List<Boolean>> breaks() {
    return Arbitraries.of(true, false, false).list();
  }

  @Provide
  Arbitrary<List<Mutator.Edit>> edits() {
    return Mutator.edits(6);
  }

  private static byte[] seed() throws IOException {
    try (InputStream in = CatDocumentPropertiesTest.class.getResourceAsStream("/fuzz/formats/sample.cat.xml")) {
      return in.readAllBytes();
    }
  }
}
