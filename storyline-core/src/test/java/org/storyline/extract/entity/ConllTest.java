package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {

  static final String TEXT = """
      EU NNP I-NP I-ORG
      rejects VBZ I-VP O

      Peter NNP I-NP I-PER
      -DOCSTART- -X- O O

      BRUSSELS NNP I-NP I-LOC
      1996-08-22 CD I-NP O

      The DT I-NP O
      -DOCSTART- -X- O O

      Bonn NNP I-NP I-LOC

      """;

  @Test
  void read_splitsDocumentsAndSentences() throws IOException {
    List<ConllDocument> docs = Conll.read(new StringReader(TEXT), "t");
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).docstart()).isNull();
    assertThat(docs.get(0).words()).containsExactly(List.of("EU", "rejects"), List.of("Peter"));
    assertThat(docs.get(1).docstart().word()).isEqualTo("-DOCSTART-");
    assertThat(docs.get(1).sentences()).hasSize(2);
    assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("I-LOC", "O");
    assertThat(docs.get(2).tokenCount()).isEqualTo(1);
  }

  @Test
  void write_ofWhatWasRead_givesTheSameRows() throws IOException {
    String normal = TEXT.replace("Peter NNP I-NP I-PER\n", "Peter NNP I-NP I-PER\n\n").replace("The DT I-NP O\n", "The DT I-NP O\n\n");
    StringWriter out = new StringWriter();
    Conll.write(Conll.read(new StringReader(TEXT), "t"), out);
    assertThat(out.toString()).isEqualTo(normal);
    StringWriter again = new StringWriter();
    Conll.write(Conll.read(new StringReader(out.toString()), "t"), again);
    assertThat(again.toString()).isEqualTo(out.toString());
  }

  @Test
  void read_rowWithOtherColumnCount_namesFileAndLine() {
    assertThatThrownBy(() -> Conll.read(new StringReader("a B C O\nb O\n"), "x.conll"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x.conll:2: expected 4 columns, found 2");
  }

  @Test
  void token_with_addsALastColumn() {
    ConllToken t = new ConllToken(List.of("Bonn", "I-LOC")).with("B-LOC");
    assertThat(t.columns()).containsExactly("Bonn", "I-LOC", "B-LOC");
    assertThat(t.tag()).isEqualTo("B-LOC");
  }
}
