package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

class JsonlReaderTest {

  private static final String NO_TEXT = "no article text (expected one of text, content, body, article)";

  @TempDir Path dir;

  private final JsonlReader reader = new JsonlReader();

  @Test
  void read_allFields_becomeMetadata() {
    String line = "{\"id\": 42, \"url\": \"https://x.example/a\", \"title\": \" Biden speaks \", \"text\": \"Body text.\","
        + " \"published\": \"2022-01-24T10:15:00Z\", \"source\": {\"name\": \"CNN\", \"href\": \"cnn.com\"}}";
    SourceDocument doc = Collected.text(reader, "a.jsonl", line).only();

    assertThat(doc.metadata()).isEqualTo(new DocumentMetadata("42", "Biden speaks", "https://x.example/a",
        PublicationDate.given(LocalDate.of(2022, 1, 24), DateSource.METADATA), "CNN"));
    assertThat(doc.source()).isEqualTo("Body text.");
    assertThat(doc.content()).isEqualTo("Body text.");
    assertThat(doc.contentMap()).isEqualTo(OffsetMap.identity(10));
    assertThat(doc.origin().toString()).isEqualTo("a.jsonl:1");
    assertThat(doc.format()).isEqualTo(SourceFormat.JSONL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "content", "body", "article"})
  void read_anyTextField_isTheContent(String field) {
    SourceDocument doc = Collected.text(reader, "a.jsonl", "{\"" + field + "\": \"The article.\"}").only();
    assertThat(doc.content()).isEqualTo("The article.");
  }

  @Test
  void read_otherFieldNames_areAccepted() {
    String line = "{\"link\": \"u\", \"headline\": \"h\", \"body\": \"b\", \"pubdate\": \"2020-02-29\", \"publisher\": \"P\"}";
    DocumentMetadata m = Collected.text(reader, "a.jsonl", line).only().metadata();

    assertThat(m.url()).isEqualTo("u");
    assertThat(m.title()).isEqualTo("h");
    assertThat(m.published().date()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(m.outlet()).isEqualTo("P");
  }

  @Test
  void read_emptyFirstTextField_fallsBackToTheNext() {
    SourceDocument doc = Collected.text(reader, "a.jsonl", "{\"text\": \"\", \"content\": \"Real text\"}").only();
    assertThat(doc.content()).isEqualTo("Real text");
  }

  @Test
  void read_titleWithoutText_isAnArticleWhoseTextIsItsTitle_andAWarningSaysSo() {
    Collected read = Collected.text(reader, "a.jsonl", "{\"id\": \"r7\", \"headline\": \" Quake hits Napa \", \"content\": \"\"}");

    assertThat(read.messages()).containsExactly("a.jsonl:1: warning: " + NO_TEXT + "; its title is read as its text");
    SourceDocument doc = read.only();
    assertThat(doc.content()).isEqualTo("Quake hits Napa");
    assertThat(doc.source()).isEqualTo("Quake hits Napa");
    assertThat(doc.metadata().title()).isEqualTo("Quake hits Napa");
    assertThat(doc.metadata().externalId()).isEqualTo("r7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\": \"  \"}", "{\"title\": [\"a\"]}", "{\"title\": null, \"text\": null}", "{\"id\": \"x\"}"})
  void read_neitherTextNorAUsableTitle_isNoArticle(String line) {
    Collected read = Collected.text(reader, "a.jsonl", line);

    assertThat(read.documents).isEmpty();
    assertThat(read.messages()).containsExactly("a.jsonl:1: error: " + NO_TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-01-24", "2022-01-24T10:15:00", "2022-01-24T10:15:00.123", "2022-01-24T23:30:00-05:00",
      "2022-01-24T10:15:00Z", "2022-01-24T10:15:00.000+0100", "2022-01-24 10:15:00", "2022-01-24 10:15",
      "Mon, 24 Jan 2022 10:15:00 GMT", "2022-01-24T10:15:00+01:00[Europe/Paris]", " 2022-01-24 "})
  void read_dateForms_giveTheDayAsWritten(String value) {
    for (String field : JsonlReader.DATE_FIELDS) {
      Collected read = Collected.text(reader, "a.jsonl", "{\"text\": \"t\", \"" + field + "\": \"" + value + "\"}");
      assertThat(read.problems).as(field + "=" + value).isEmpty();
      assertThat(read.only().metadata().published())
          .isEqualTo(PublicationDate.given(LocalDate.of(2022, 1, 24), DateSource.METADATA));
    }
  }

  @Test
  void read_impossibleDate_warnsAndStoresUndated() {
    Collected read = Collected.text(reader, "a.jsonl", "{\"text\": \"t\", \"date\": \"2021-02-30\"}");

    assertThat(read.messages()).containsExactly("a.jsonl:1: warning: impossible date '2021-02-30' in field 'date'; stored undated");
    assertThat(read.only().metadata().published()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"yesterday\"", "20220124", "\"24/01/2022\""})
  void read_unreadableDate_warnsAndStoresUndated(String value) {
    Collected read = Collected.text(reader, "a.jsonl", "{\"text\": \"t\", \"published\": " + value + "}");

    assertThat(read.messages()).containsExactly("a.jsonl:1: warning: unreadable date '" + value.replace("\"", "")
        + "' in field 'published'; stored undated");
    assertThat(read.only().metadata().published()).isNull();
  }

  @Test
  void read_wrongTypeMetadata_isWarnedOfAndIgnored() {
    Collected read = Collected.text(reader, "a.jsonl", "{\"text\": \"t\", \"title\": [\"a\"]}");

    assertThat(read.messages()).containsExactly("a.jsonl:1: warning: field 'title' is an array, not a string; ignored");
    assertThat(read.only().metadata().title()).isNull();
  }

  @Test
  void readFile_badLinesAmongGoodOnes_eachReportedAtItsLineAndTheGoodOnesHandedOn() throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"text\": \"First.\"}",
        "{\"id\": \"b\", \"text\": \"Broken",
        "{\"id\": \"c\", \"text\": \"Third.\"}",
        "[1, 2]",
        "{\"id\": \"e\", \"url\": \"no text\"}",
        "",
        "   ",
        "{\"id\": \"h\", \"text\": \"   \"}",
        "{\"id\": \"i\", \"text\": \"Ninth.\"} trailing",
        "{\"id\": \"j\", \"text\": \"Last.\"}") + "\n");

    Collected read = Collected.file(Ingestor.withDefaults(), file);

    assertThat(read.documents).extracting(d -> d.metadata().externalId()).containsExactly("a", "c", "j");
    assertThat(read.documents).extracting(d -> d.origin().record()).containsExactly(1L, 3L, 10L);
    List<String> messages = read.messages();
    assertThat(messages).hasSize(5);
    assertThat(messages.get(0)).startsWith(file + ":2: error: malformed JSON: ").contains("at column");
    assertThat(messages.get(1)).isEqualTo(file + ":4: error: expected a JSON object, found an array");
    assertThat(messages.get(2)).isEqualTo(file + ":5: error: " + NO_TEXT);
    assertThat(messages.get(3)).isEqualTo(file + ":8: error: " + NO_TEXT);
    assertThat(messages.get(4)).startsWith(file + ":9: error: malformed JSON: ");
    assertThat(messages).noneMatch(m -> m.contains("\n"));
  }

  @Test
  void readFile_lineOverTheRecordLimit_isAnErrorAtThatLineOnly() throws IOException {
    Path file = dir.resolve("long.ndjson");
    String big = "{\"text\": \"" + "x".repeat(140) + "\"}"; // 152 bytes
    Files.writeString(file, "{\"text\": \"one\"}\r\n" + big + "\r\n{\"text\": \"three\"}");

    Collected read = Collected.file(new Ingestor(IngestOptions.defaults().withMaxRecordBytes(100)), file);

    assertThat(read.documents).extracting(SourceDocument::content).containsExactly("one", "three");
    assertThat(read.messages()).containsExactly(file + ":2: error: line is 152 bytes, over the 100-byte limit for one record");
  }

  @Test
  void readFile_jsonlLargerThanTheFileLimit_isStreamedWhole() throws IOException {
    Path file = dir.resolve("many.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"id\": ").append(i).append(", \"text\": \"Article number ").append(i).append(".\"}\n");
    }
    Files.writeString(file, lines);

    Collected read = Collected.file(new Ingestor(IngestOptions.defaults().withMaxFileBytes(1000)), file);

    assertThat(read.problems).isEmpty();
    assertThat(read.documents).hasSize(2000);
    assertThat(read.documents.get(1999).origin().toString()).isEqualTo(file + ":2000");
  }

  @Test
  void readFile_invalidUtf8InOneLine_warnsWithTheFileOffsetAndReadsItAsWindows1252() throws IOException {
    Path file = dir.resolve("latin.jsonl");
    byte[] first = "{\"text\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "{\"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, concat(first, second));

    Collected read = Collected.file(Ingestor.withDefaults(), file);

    assertThat(read.documents).extracting(SourceDocument::content).containsExactly("ok", "caf\u00e9");
    int offset = first.length + "{\"text\": \"caf".length();
    assertThat(read.messages()).containsExactly(
        file + ":2: warning: not valid UTF-8 (byte 0xE9 at offset " + offset + "); read as windows-1252");
  }

  @Test
  void readFile_gzippedJsonlWithBom_isRead() throws IOException {
    Path file = dir.resolve("feed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write("{\"text\": \"zipped\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Collected read = Collected.file(Ingestor.withDefaults(), file);

    assertThat(read.problems).isEmpty();
    assertThat(read.only().content()).isEqualTo("zipped");
  }

  @Test
  void readFile_onlyBlankLines_isAnEmptyFile() throws IOException {
    Path file = dir.resolve("blank.jsonl");
    Files.writeString(file, "\n  \n\r\n");

    Collected read = Collected.file(Ingestor.withDefaults(), file);

    assertThat(read.documents).isEmpty();
    assertThat(read.messages()).containsExactly(file + ": error: empty file");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
