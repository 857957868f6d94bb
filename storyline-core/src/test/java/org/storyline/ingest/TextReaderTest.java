package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.DateSource;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

class TextReaderTest {

  private final TextReader reader = new TextReader();

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n", "\r\n"})
  void read_dateLineWithSeparator_isTheDateAndLeftOutOfContent(String separator) {
    String source = " date 2022-01-24" + separator + "President Joe Biden on Monday.\nSecond line.";
    SourceDocument doc = Collected.text(reader, "a.txt", source).only();

    assertThat(doc.metadata().published()).isEqualTo(PublicationDate.given(LocalDate.of(2022, 1, 24), DateSource.DATE_LINE));
    assertThat(doc.content()).isEqualTo("President Joe Biden on Monday.\nSecond line.");
    assertThat(doc.source()).isEqualTo(source);
    int bodyStart = 16 + separator.length();
    assertThat(doc.contentMap().toSource(Span.of(0, doc.content().length())))
        .isEqualTo(Span.of(bodyStart, source.length()));
  }

  @Test
  void read_noDateLine_contentIsTheWholeTextUnchanged() {
    String source = "Subscribe\r\nPresident Biden delivers remarks.\r\n";
    SourceDocument doc = Collected.text(reader, "b.txt", source).only();

    assertThat(doc.content()).isEqualTo(source);
    assertThat(doc.contentMap()).isEqualTo(OffsetMap.identity(source.length()));
    assertThat(doc.metadata().published()).isNull();
    assertThat(doc.format()).isEqualTo(SourceFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-30", "2021-13-01", "2022-00-10"})
  void read_impossibleDate_warnsAndStillHandsOnTheArticleUndated(String day) {
    Collected read = Collected.text(reader, "news/c.txt", " date " + day + " The body.");

    assertThat(read.messages()).containsExactly(
        "news/c.txt: warning: impossible date '" + day + "' in the date line; stored undated");
    SourceDocument doc = read.only();
    assertThat(doc.metadata().published()).isNull();
    assertThat(doc.content()).isEqualTo("The body.");
  }

  @ParameterizedTest
  @ValueSource(strings = {" date 2022-1-24 Body", "date 2022-01-24 Body", " date 2022-01-24Body", "  date 2022-01-24 Body"})
  void read_notQuiteADateLine_isKeptAsText(String source) {
    SourceDocument doc = Collected.text(reader, "d.txt", source).only();

    assertThat(doc.metadata().published()).isNull();
    assertThat(doc.content()).isEqualTo(source);
  }

  @Test
  void read_onlyADateLine_isAnError() {
    Collected read = Collected.text(reader, "e.txt", " date 2022-01-24\n\n");

    assertThat(read.documents).isEmpty();
    assertThat(read.messages()).containsExactly("e.txt: error: no article text after the date line");
  }

  @ParameterizedTest
  @CsvSource({
      "000_4794b076882f08fe.txt,",
      "001_2e55a25b1075aa99.txt,2022-01-24",
      "002_503e3c828b1c7fa5.txt,2021-12-30",
      "003_9c3e6357029ac095.txt,",
      "004_56b9276ed6e05626.txt,2022-01-24"})
  void readFile_seeds_dateLineParsed(String name, LocalDate expected) throws URISyntaxException {
    Path file = resource("/ingest/seeds/" + name);
    Collected read = Collected.file(Ingestor.withDefaults(), file);

    assertThat(read.problems).isEmpty();
    SourceDocument doc = read.only();
    assertThat(doc.origin().toString()).isEqualTo(file.toString());
    if (expected == null) {
      assertThat(doc.metadata().published()).isNull();
      assertThat(doc.content()).isEqualTo(doc.source());
    } else {
      assertThat(doc.metadata().published()).isEqualTo(PublicationDate.given(expected, DateSource.DATE_LINE));
      String dateLine = " date " + expected + " ";
      assertThat(doc.source()).startsWith(dateLine);
      assertThat(doc.content()).isEqualTo(doc.source().substring(dateLine.length()));
      assertThat(doc.content()).doesNotContain(" date " + expected);
      assertThat(doc.contentMap().sourceStartOf(0)).isEqualTo(dateLine.length());
    }
  }

  static Path resource(String name) throws URISyntaxException {
    URL url = TextReaderTest.class.getResource(name);
    assertThat(url).as("test resource " + name).isNotNull();
    return Path.of(url.toURI());
  }

  @Property
  void dateLine_anyDayAndBody_readBackWithBodyUnchangedAndMappedCharByChar(
      @ForAll("days") LocalDate day, @ForAll("separators") String separator, @ForAll("bodies") String body) {
    String source = " date " + day + separator + body;
    Collected read = Collected.text(reader, "p.txt", source);

    assertThat(read.problems).isEmpty();
    SourceDocument doc = read.only();
    assertThat(doc.metadata().published().date()).isEqualTo(day);
    assertThat(doc.content()).isEqualTo(body);
    for (int i = 0; i < body.length(); i++) {
      assertThat(doc.source().charAt(doc.contentMap().sourceStartOf(i))).isEqualTo(doc.content().charAt(i));
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "\n", "\r\n");
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.strings().withChars("ab Z\n\r\t.é—\u00A0date 0123-").ofMinLength(1).ofMaxLength(60)
        .filter(s -> !s.isBlank());
  }
}
