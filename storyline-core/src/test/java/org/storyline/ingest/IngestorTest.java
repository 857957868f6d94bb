package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

class IngestorTest {

  @TempDir Path dir;

  private final Ingestor ingestor = Ingestor.withDefaults();

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  @Test
  void listInputs_walksFoldersInNameOrderSkippingHiddenAndReportsMissingPaths() throws IOException {
    write("news/b.txt", "b");
    write("news/a/z.html", "<p>z</p>");
    write("news/a/y.jsonl", "{}");
    write("news/.hidden.txt", "h");
    write("news/.git/config", "c");
    write("news/c", "c");
    Path single = write("single.text", "s");
    Path missing = dir.resolve("nope.txt");
    List<Problem> problems = new ArrayList<>();

    List<Path> files = ingestor.listInputs(List.of(single, dir.resolve("news"), missing), problems::add);

    assertThat(files).containsExactly(single, dir.resolve("news/a/y.jsonl"), dir.resolve("news/a/z.html"),
        dir.resolve("news/b.txt"), dir.resolve("news/c"));
    assertThat(problems).containsExactly(Problem.error(Origin.file(missing.toString()), "no such file or directory"));
    assertThat(problems.get(0).toString()).isEqualTo(missing + ": error: no such file or directory");
  }

  @Test
  void listInputs_aFolderWithNothingToRead_isAWarning() throws IOException {
    write("empty/.hidden.txt", "h");
    Files.createDirectories(dir.resolve("empty/sub"));
    List<Problem> problems = new ArrayList<>();

    assertThat(ingestor.listInputs(List.of(dir.resolve("empty")), problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(dir.resolve("empty") + ": warning: no files to read in this folder (hidden ones are skipped)");
  }

  @Test
  void listInputs_keepsPathsAsGiven() throws IOException {
    write("rel/x.txt", "x");
    Path given = Path.of(dir.toString(), "rel");
    List<Path> files = ingestor.listInputs(List.of(given), p -> { });
    assertThat(files.get(0).toString()).isEqualTo(given + "/x.txt");
  }

  @Test
  void listInputs_unreadableFile_isReported() throws IOException {
    Path secret = write("secret.txt", "s");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as a user who reads everything (root)");
    List<Problem> problems = new ArrayList<>();

    assertThat(ingestor.listInputs(List.of(secret), problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(secret + ": error: permission denied");
  }

  @ParameterizedTest
  @CsvSource({
      "a.txt,TEXT", "a.TEXT,TEXT", "README,TEXT", "a.md,TEXT", ".profile,TEXT", "a.txt.gz,TEXT",
      "a.jsonl,JSONL", "a.ndjson,JSONL", "a.jsonl.gz,JSONL", "a.JSONL.GZ,JSONL",
      "a.html,HTML", "a.htm,HTML", "a.xhtml,HTML", "a.html.gz,HTML", "my.page.htm,HTML"})
  void formatForFileName(String name, InputFormat expected) {
    assertThat(InputFormat.forFileName(name)).isEqualTo(expected);
  }

  @Test
  void readFile_badInputsInABatch_eachReportedAndTheGoodOnesStillHandedOn() throws IOException {
    Path good = write("good.txt", " date 2022-01-24 A good article.");
    Path missing = dir.resolve("missing.txt");
    Path binary = write("photo.txt", new byte[] {'G', 'I', 'F', '8', '9', 0, 1, 2, 'x'});
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\t\r\n ");
    Path latin = write("latin.txt", "Un caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
    Path impossible = write("odd.txt", " date 2021-02-30\nUndated body.");
    Path html = write("page.html", "<p>Last &amp; best.</p>");
    Collected read = new Collected();

    for (Path file : List.of(good, missing, binary, empty, blank, latin, impossible, html)) {
      ingestor.readFile(file, read.documents::add, read.problems::add);
    }

    assertThat(read.documents).extracting(SourceDocument::content)
        .containsExactly("A good article.", "Un caf\u00e9 au lait.", "Undated body.", "Last & best.");
    assertThat(read.messages()).containsExactly(
        missing + ": error: no such file or directory",
        binary + ": error: binary content (NUL byte at offset 5), not a text article",
        empty + ": error: empty file",
        blank + ": error: empty file",
        latin + ": warning: not valid UTF-8 (byte 0xE9 at offset 6); read as windows-1252",
        impossible + ": warning: impossible date '2021-02-30' in the date line; stored undated");
  }

  @Test
  void readFile_manyControlCharacters_isBinary() throws IOException {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 0; i < 11; i++) {
      bytes[i * 9] = 0x1B;
    }
    Path file = write("escapes.txt", bytes);

    assertThat(Collected.file(ingestor, file).messages()).containsExactly(
        file + ": error: binary content (11 of the first 100 bytes are control characters), not a text article");
  }

  @Test
  void readFile_tenPercentControlCharacters_isStillText() throws IOException {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 0; i < 10; i++) {
      bytes[i * 9] = 0x07;
    }
    Path file = write("bells.txt", bytes);

    Collected read = Collected.file(ingestor, file);
    assertThat(read.problems).isEmpty();
    assertThat(read.only().content()).hasSize(100);
  }

  @Test
  void readFile_overTheOptionsLimit_isAnErrorBeforeReading() throws IOException {
    Path file = write("long.txt", "x".repeat(2000));

    Collected read = Collected.file(new Ingestor(new IngestOptions(1000, 1000)), file);

    assertThat(read.documents).isEmpty();
    assertThat(read.messages()).containsExactly(file + ": error: file is 2,000 bytes, over the 1,000-byte limit for one article");
  }

  @Test
  void readFile_realSparseFileOver16MiB_isRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.txt");
    long size = 17L * 1024 * 1024 + 5;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    List<Problem> problems = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();

    ingestor.readFile(file, documents::add, problems::add);

    assertThat(documents).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(
        file + ": error: file is 17,825,797 bytes, over the 16,777,216-byte limit for one article");
  }

  @Test
  void readFile_gzippedText_isDecompressedAndAgainstTheLimitAfterwards() throws IOException {
    Path small = dir.resolve("a.txt.gz");
    Files.write(small, gzip(" date 2022-01-24 Zipped.".getBytes(StandardCharsets.UTF_8)));
    Path big = dir.resolve("b.txt.gz");
    Files.write(big, gzip("y".repeat(5000).getBytes(StandardCharsets.UTF_8)));

    Collected read = Collected.file(ingestor, small);
    assertThat(read.only().content()).isEqualTo("Zipped.");
    assertThat(read.only().metadata().published().date()).hasToString("2022-01-24");

    assertThat(Collected.file(new Ingestor(IngestOptions.defaults().withMaxFileBytes(4096)), big).messages())
        .containsExactly(big + ": error: decompressed content is 5,000 bytes, over the 4,096-byte limit for one article");
  }

  @Test
  void readFile_truncatedOrFakeGzip_isAnErrorNamingTheFile() throws IOException {
    byte[] zipped = gzip("z".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    Path truncated = write("cut.html.gz", Arrays.copyOf(zipped, zipped.length / 2));
    Path fake = write("fake.jsonl.gz", "{\"text\": \"not zipped\"}");

    assertThat(Collected.file(ingestor, truncated).messages()).singleElement().asString()
        .startsWith(truncated + ": error: truncated gzip data (");
    assertThat(Collected.file(ingestor, fake).messages())
        .containsExactly(fake + ": error: not gzip data (Not in GZIP format)");
  }

  @Test
  void readFile_byteOrderMarks_areHonouredAndLeftOutOfTheSource() throws IOException {
    byte[] body = " date 2022-01-24 Caf\u00e9.".getBytes(StandardCharsets.UTF_8);
    Path utf8 = write("bom8.txt", JsonlReaderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
    Path utf16le = write("bom16.txt", JsonlReaderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        " date 2022-01-24 Caf\u00e9.".getBytes(StandardCharsets.UTF_16LE)));
    Path utf16be = write("bom16be.txt", JsonlReaderTest.concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        "Caf\u00e9.".getBytes(StandardCharsets.UTF_16BE)));

    for (Path file : List.of(utf8, utf16le)) {
      Collected read = Collected.file(ingestor, file);
      assertThat(read.problems).isEmpty();
      assertThat(read.only().source()).isEqualTo(" date 2022-01-24 Caf\u00e9.");
      assertThat(read.only().content()).isEqualTo("Caf\u00e9.");
    }
    assertThat(Collected.file(ingestor, utf16be).only().content()).isEqualTo("Caf\u00e9.");
  }

  @Test
  void readFile_aFolder_isAnError() {
    assertThat(Collected.file(ingestor, dir).messages()).containsExactly(dir + ": error: is a directory");
  }

  @Test
  void readStream_namesTheStreamInOrigins() {
    Collected text = new Collected();
    ingestor.readStream("<stdin>", new ByteArrayInputStream(" date 2022-01-24 From a pipe.".getBytes(StandardCharsets.UTF_8)),
        SourceFormat.TEXT, text.documents::add, text.problems::add);
    assertThat(text.only().origin().toString()).isEqualTo("<stdin>");
    assertThat(text.only().content()).isEqualTo("From a pipe.");

    Collected jsonl = new Collected();
    ingestor.readStream("<stdin>", new ByteArrayInputStream("{\"text\":\"a\"}\n{oops}\n".getBytes(StandardCharsets.UTF_8)),
        SourceFormat.JSONL, jsonl.documents::add, jsonl.problems::add);
    assertThat(jsonl.only().origin().toString()).isEqualTo("<stdin>:1");
    assertThat(jsonl.messages()).singleElement().asString().startsWith("<stdin>:2: error: malformed JSON: ");

    Collected big = new Collected();
    new Ingestor(IngestOptions.defaults().withMaxFileBytes(10)).readStream("<stdin>",
        new ByteArrayInputStream(new byte[25]), SourceFormat.HTML, big.documents::add, big.problems::add);
    assertThat(big.messages()).containsExactly("<stdin>: error: input is 25 bytes, over the 10-byte limit for one article");
  }

  @Test
  void options_areValidatedWithTheOptionsName() {
    assertThatThrownBy(() -> new IngestOptions(0, 10)).hasMessage("maxFileBytes must be positive, not 0");
    assertThatThrownBy(() -> new IngestOptions(10, -1)).hasMessage("maxRecordBytes must be positive, not -1");
    assertThatThrownBy(() -> IngestOptions.defaults().withMaxRecordBytes(1L << 40))
        .hasMessageStartingWith("maxRecordBytes must be at most ");
    assertThat(IngestOptions.defaults()).isEqualTo(new IngestOptions(16L << 20, 16L << 20));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }
}
