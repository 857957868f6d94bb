package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

class DocumentJsonTest {

  @Property(tries = 300)
  void read_ofWrite_givesTheDocumentBack(@ForAll("jsonlDocuments") SourceDocument doc) {
    List<Problem> problems = new ArrayList<>();
    Optional<SourceDocument> back = DocumentJson.read(DocumentJson.write(doc), Origin.file("elsewhere"), problems::add);
    assertThat(problems).isEmpty();
    assertThat(back).contains(doc);
  }

  @Property(tries = 100)
  void write_isOneLine(@ForAll("jsonlDocuments") SourceDocument doc) {
    assertThat(DocumentJson.write(doc)).doesNotContain("\n", "\r");
  }

  @Example
  void read_malformed_isOneProblemAtTheFallbackOrigin() {
    List<Problem> problems = new ArrayList<>();
    assertThat(DocumentJson.read("{\"text\": ", Origin.file("topic").withRecord(7), problems::add)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo(new Origin("topic", 7));
      assertThat(p.reason()).startsWith("malformed JSON");
    });
  }

  @Example
  void read_withoutText_isOneProblemAtTheNamedOrigin() {
    List<Problem> problems = new ArrayList<>();
    String json = "{\"url\": \"x\", \"origin\": {\"file\": \"news.jsonl\", \"record\": 3}}";
    assertThat(DocumentJson.read(json, Origin.file("topic"), problems::add)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.origin()).isEqualTo(new Origin("news.jsonl", 3));
      assertThat(p.reason()).startsWith("no article text");
    });
  }

  @Provide
  Arbitrary<SourceDocument> jsonlDocuments() {
    Arbitrary<String> text = Arbitraries.strings().withChars("abc XYZ\n\t\"\\é€😀,.").ofMinLength(1).ofMaxLength(200)
        .filter(t -> !t.isBlank());
    Arbitrary<String> field = Arbitraries.strings().withChars("ab C1\"\\ü").ofMinLength(1).ofMaxLength(20)
        .map(String::strip).filter(f -> !f.isEmpty()).injectNull(0.3);
    Arbitrary<PublicationDate> date = Arbitraries.longs().between(-20_000, 30_000)
        .map(d -> PublicationDate.given(LocalDate.ofEpochDay(d), DateSource.METADATA)).injectNull(0.3);
    Arbitrary<Origin> origin = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
        Arbitraries.longs().between(0, 1_000_000)).as(Origin::new);
    Arbitrary<DocumentMetadata> metadata = Combinators.combine(field, field, field, date, field).as(DocumentMetadata::new);
    return Combinators.combine(origin, text, metadata)
        .as((o, t, m) -> SourceDocument.of(o, SourceFormat.JSONL, t, m));
  }
}
