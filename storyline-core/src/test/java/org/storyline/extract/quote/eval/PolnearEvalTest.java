package org.storyline.extract.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/** The PolNeAR reader and the scorer, on a tiny hand-made folder with hand-computed scores. */
class PolnearEvalTest {

  private static Path tiny() throws URISyntaxException {
    return Path.of(PolnearEvalTest.class.getClassLoader().getResource("quote/polnear").toURI());
  }

  private static PolnearDocument document() throws Exception {
    List<PolnearDocument> docs = PolnearReader.read(tiny());
    assertThat(docs).hasSize(1);
    return docs.get(0);
  }

  @Test
  void reader_takesTheFirstAnnotator_andSkipsAttributionsWithoutContent() throws Exception {
    PolnearDocument doc = document();
    assertThat(doc.annotations().getFileName().toString()).isEqualTo("tiny_a1b2.ann");
    assertThat(doc.attributions()).hasSize(3);
    GoldAttribution first = doc.attributions().get(0);
    assertThat(first.content()).containsExactly(Span.of(0, 15), Span.of(28, 51));
    assertThat(first.sourceText()).isEqualTo("Kirby");
    assertThat(first.isDirect(doc.text())).isTrue();
    assertThat(doc.attributions().get(1).isDirect(doc.text())).isFalse();
  }

  @Test
  void reader_namesFileAndLineOfABadLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/x.txt"), "short");
    Files.writeString(dir.resolve("attributions/x_ab12.ann"), "T1\tContent 0 3\tsho\nT2\tContent 2 99\tbad\n");
    assertThatThrownBy(() -> PolnearReader.read(dir)).hasMessageContaining("x_ab12.ann:2");
  }

  /**
   * Hand-made system output against the three gold attributions (two direct): S1 covers both parts
   * of the Kirby quote with the right speaker mention; S2 the indirect one, its name equal to the
   * source text; S3 only "“disaster”" (10 of 15 gold characters: enough) with a wrong speaker; S4
   * is spurious.
   */
  private static List<Quote> system(String text) {
    Span elsewhere = Span.of(text.indexOf("statement"), text.indexOf("statement") + 9);
    List<Quote> quotes = new ArrayList<>();
    quotes.add(new Quote(List.of(Span.of(0, 15), Span.of(28, 51)), Quote.Kind.DIRECT, Span.of(22, 26),
        new Speaker("John Kirby", Speaker.Kind.PERSON, Span.of(16, 21), Span.of(16, 21), null)));
    quotes.add(new Quote(List.of(Span.of(70, 91)), Quote.Kind.INDIRECT, Span.of(65, 69),
        new Speaker("The Senator", Speaker.Kind.DESCRIPTION, elsewhere, elsewhere, null)));
    int disaster = text.indexOf("“disaster”");
    quotes.add(new Quote(List.of(Span.of(disaster, disaster + 10)), Quote.Kind.DIRECT, null,
        new Speaker("Trump", Speaker.Kind.PERSON, elsewhere, elsewhere, null)));
    quotes.add(new Quote(List.of(Span.of(disaster + 11, disaster + 24)), Quote.Kind.DIRECT, null, null));
    return quotes;
  }

  @Test
  void scorer_direct_handComputed() throws Exception {
    PolnearDocument doc = document();
    QuoteScorer.Counts c = new QuoteScorer.Counts();
    List<QuoteScorer.Error> errors = new ArrayList<>();
    QuoteScorer.score(doc, system(doc.text()), QuoteScorer.Variant.DIRECT, c, errors::add);
    // gold 2 direct, system 3 direct (S1, S3, S4), matched 2, speaker right 1 (S1)
    assertThat(c.gold()).isEqualTo(2);
    assertThat(c.system()).isEqualTo(3);
    assertThat(c.matched()).isEqualTo(2);
    assertThat(c.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.recall()).isCloseTo(1.0, within(1e-9));
    assertThat(c.f1()).isCloseTo(0.8, within(1e-9));
    assertThat(c.speakerAccuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(c.endToEndRecall()).isCloseTo(0.5, within(1e-9));
    assertThat(errors).extracting(QuoteScorer.Error::kind).containsExactlyInAnyOrder("wrong speaker", "spurious");
  }

  @Test
  void scorer_allAttributions_handComputed() throws Exception {
    PolnearDocument doc = document();
    QuoteScorer.Counts c = new QuoteScorer.Counts();
    QuoteScorer.score(doc, system(doc.text()), QuoteScorer.Variant.ALL, c, e -> {});
    // gold 3, system 4, matched 3, speaker right 2 (S1 by overlap, S2 by name)
    assertThat(c.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(c.recall()).isCloseTo(1.0, within(1e-9));
    assertThat(c.f1()).isCloseTo(6 / 7.0, within(1e-9));
    assertThat(c.speakerAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(c.endToEndRecall()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void scorer_halfTheGoldContentIsNeeded() throws Exception {
    PolnearDocument doc = document();
    // only the first part of the Kirby quote: 15 of 38 gold characters, not enough
    Quote half = new Quote(List.of(Span.of(0, 15)), Quote.Kind.DIRECT, null, null);
    QuoteScorer.Counts c = new QuoteScorer.Counts();
    QuoteScorer.score(doc, List.of(half), QuoteScorer.Variant.DIRECT, c, e -> {});
    assertThat(c.matched()).isZero();
  }

  @Test
  void quotedWords_cutTheGoldToTheQuotationMarks() throws Exception {
    PolnearDocument doc = document();
    GoldAttribution officials = doc.attributions().get(2);
    List<Span> cut = QuoteScorer.quotedWords(officials.content(), doc.text());
    assertThat(cut).hasSize(1);
    assertThat(cut.get(0).of(doc.text())).isEqualTo("“disaster”");
  }

  @Test
  void speakerText_matchesTheSourceOrItsLastWord_withoutCaseOrPunctuation() {
    Span nowhere = Span.of(0, 1);
    GoldAttribution gold = new GoldAttribution(List.of(Span.of(10, 20)), List.of(Span.of(30, 40)), List.of(),
        "Sen. Claire McCaskill,");
    String text = "x".repeat(50);
    assertThat(QuoteScorer.speakerRight(new Speaker("mccaskill", Speaker.Kind.PERSON, nowhere, nowhere, null), gold, text)).isTrue();
    assertThat(QuoteScorer.speakerRight(new Speaker("Claire", Speaker.Kind.PERSON, nowhere, nowhere, null), gold, text)).isFalse();
    assertThat(QuoteScorer.speakerRight(new Speaker("X", Speaker.Kind.PERSON, Span.of(35, 36), nowhere, null), gold, text)).isTrue();
  }
}
