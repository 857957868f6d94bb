package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets one line on stderr naming the file (and line) and the reason, the
 * exit status says some inputs failed, and the good files of the same batch are stored.
 */
class BadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "Officials met in Geneva on Friday to discuss the plan.\n\nThey agreed to meet again.\n";

  @TempDir Path dir;
  Path inputs;
  Path store;

  @BeforeEach
  void goodFiles() throws IOException {
    inputs = Files.createDirectories(dir.resolve("in"));
    store = dir.resolve("s.db");
    Files.writeString(inputs.resolve("good-1.txt"), " date 2022-01-21 " + GOOD);
    Files.writeString(inputs.resolve("good-2.txt"), "A second article about talks in Brussels.\n\nIt has two paragraphs.\n");
  }

  @Test
  void binaryFile() throws IOException {
    Files.write(inputs.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    assertOneLineAndGoodStored("photo.txt", "binary");
  }

  @Test
  void emptyFile() throws IOException {
    Files.writeString(inputs.resolve("empty.txt"), "");
    assertOneLineAndGoodStored("empty.txt", "empty");
  }

  @Test
  void legacyEncodingIsReadWithAWarning() throws IOException {
    Files.write(inputs.resolve("latin.txt"), "Le ministre a déclaré à Genève que la réunion était utile.\n".getBytes(Charset.forName("windows-1252")));
    Cli.Run run = Cli.run("ingest", inputs.toString(), "--store", store.toString());
    assertThat(problemLines(run)).singleElement().asString().contains("latin.txt").contains("UTF-8").contains("windows-1252");
    assertThat(run.status()).isZero(); // a warning: the article is stored
    assertThat(storedTexts()).hasSize(3).anySatisfy(t -> assertThat(t).contains("déclaré à Genève"));
  }

  @Test
  void hugeFile() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(inputs.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(100L * 1024 * 1024); // sparse: costs no disk
    }
    assertOneLineAndGoodStored("huge.txt", "limit");
  }

  @Test
  void missingPath() {
    Cli.Run run = Cli.run("ingest", inputs.toString(), dir.resolve("nope.txt").toString(), "--store", store.toString());
    assertThat(problemLines(run)).singleElement().asString().contains("nope.txt").contains("no such file");
    assertThat(run.status()).isEqualTo(1);
    assertThat(storedTexts()).hasSize(2);
  }

  @Test
  void malformedJsonlLine() throws IOException {
    Files.writeString(inputs.resolve("feed.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"title\": \"Talks open\", \"text\": \"Talks opened in Vienna today.\", \"published\": \"2022-01-10\"}",
        "{\"id\": \"b\", \"text\": \"broken",
        "{\"id\": \"c\", \"content\": \"A third line with content instead of text.\", \"date\": \"2022-01-11T09:30:00Z\"}",
        ""));
    Cli.Run run = Cli.run("ingest", inputs.toString(), "--store", store.toString());
    assertThat(problemLines(run)).singleElement().asString().contains("feed.jsonl:2").contains("JSON");
    assertThat(run.status()).isEqualTo(1);
    assertThat(storedTexts()).hasSize(4).contains("Talks opened in Vienna today.", "A third line with content instead of text.");
  }

  @Test
  void impossibleDateIsStoredUndatedWithAWarning() throws IOException {
    Files.writeString(inputs.resolve("baddate.txt"), " date 2021-02-30 A story filed on a day that does not exist.\n");
    Cli.Run run = Cli.run("ingest", inputs.toString(), "--store", store.toString());
    assertThat(problemLines(run)).singleElement().asString().contains("baddate.txt").contains("2021-02-30");
    assertThat(storedTexts()).hasSize(3).contains("A story filed on a day that does not exist.");
  }

  private void assertOneLineAndGoodStored(String badFile, String reason) {
    Cli.Run run = Cli.run("ingest", inputs.toString(), "--store", store.toString());
    assertThat(problemLines(run)).singleElement().asString().contains(badFile).containsIgnoringCase(reason).contains("error");
    assertThat(run.status()).isEqualTo(1);
    assertThat(storedTexts()).hasSize(2).anySatisfy(t -> assertThat(t).contains("Officials met in Geneva"));
  }

  private static List<String> problemLines(Cli.Run run) {
    return run.err().lines().filter(l -> !l.isBlank()).toList();
  }

  private List<String> storedTexts() {
    Cli.Run list = Cli.run("articles", "--store", store.toString(), "--json");
    List<String> texts = new ArrayList<>();
    try {
      for (JsonNode a : JSON.readTree(list.out())) {
        Cli.Run one = Cli.run("article", a.get("id").asText(), "--store", store.toString(), "--json");
        texts.add(JSON.readTree(one.out()).get("text").asText().strip());
      }
    } catch (IOException e) {
      throw new AssertionError("the CLI printed JSON that does not parse", e);
    }
    return texts;
  }
}
