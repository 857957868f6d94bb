package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The walking skeleton's acceptance on the five sample articles, through the command line. */
class SeedsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE_LINE = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2})[ \\n]");

  static Stream<JsonNode> expectedArticles() throws IOException {
    try (InputStream in = SeedsTest.class.getResourceAsStream("/seeds-expected.json")) {
      List<JsonNode> out = new ArrayList<>();
      JSON.readTree(in).get("articles").forEach(out::add);
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedArticles")
  void annotate_dropsBoilerplateAndKeepsEveryOtherLine(JsonNode expected) throws IOException {
    Path file = Cli.seeds().resolve(expected.get("file").asText());
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("annotate", file.toString(), "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode annotation = JSON.readTree(run.out());
    String text = annotation.get("text").asText();

    List<String> boilerplate = new ArrayList<>();
    expected.get("boilerplate").forEach(b -> boilerplate.add(b.asText()));
    for (String line : boilerplate) {
      assertThat(text).as("boilerplate kept").doesNotContain(line);
    }
    String body = DATE_LINE.matcher(raw).replaceFirst("");
    for (String line : body.split("\\R")) {
      String kept = line.strip();
      if (!kept.isEmpty() && !madeOf(kept, boilerplate)) {
        assertThat(text).as("article line lost").contains(kept);
      }
    }
  }

  /** Whether a line is nothing but boilerplate pieces (a caption with its credit appended). */
  private static boolean madeOf(String line, List<String> boilerplate) {
    String rest = line;
    for (String piece : boilerplate) {
      rest = rest.replace(piece, "");
    }
    return rest.isBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedArticles")
  void annotate_takesTheDateLineAsPublicationDate(JsonNode expected) throws IOException {
    Path file = Cli.seeds().resolve(expected.get("file").asText());
    JsonNode annotation = JSON.readTree(Cli.run("annotate", file.toString(), "--format", "json").out());
    if (expected.get("published").isNull()) {
      JsonNode published = annotation.get("published"); // undated: none, or one inferred from the text
      assertThat(published.isNull() || published.get("source").asText().equals("INFERRED")).as(published.toString()).isTrue();
    } else {
      assertThat(annotation.get("published").get("date").asText()).isEqualTo(expected.get("published").asText());
      assertThat(annotation.get("published").get("source").asText()).isEqualTo("DATE_LINE");
      assertThat(annotation.get("text").asText()).doesNotContain(" date " + expected.get("published").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedArticles")
  void annotate_spansPointIntoTheSourceFile(JsonNode expected) throws IOException {
    Path file = Cli.seeds().resolve(expected.get("file").asText());
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode annotation = JSON.readTree(Cli.run("annotate", file.toString(), "--format", "json").out());
    assertThat(annotation.get("paragraphs")).isNotEmpty();
    for (JsonNode p : annotation.get("paragraphs")) {
      String inSource = raw.substring(p.get("src_start").asInt(), p.get("src_end").asInt());
      assertThat(inSource).isEqualTo(p.get("text").asText());
    }
    for (JsonNode r : annotation.get("removed")) {
      assertThat(raw.substring(r.get("src_start").asInt(), r.get("src_end").asInt())).isEqualTo(r.get("text").asText());
    }
  }

  @Test
  void analyze_printsASummaryAndWritesTheReport_andASecondRunStoresNothingTwice(@TempDir Path dir) throws IOException {
    Path store = dir.resolve("s.db");
    Path report = dir.resolve("report.html");
    Cli.Run first = Cli.run("analyze", Cli.seeds().toString(), "--store", store.toString(), "--report", report.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("5 articles (5 new, 0 already stored)");
    try (Stream<Path> files = Files.list(Cli.seeds())) {
      files.forEach(f -> assertThat(first.out()).contains(f.getFileName().toString()));
    }
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html.split("<article ", -1)).hasSize(6);
    assertThat(html).contains("REHOBOTH BEACH, Del.").doesNotContain("CLICK HERE TO GET THE FOX NEWS APP</p>");
    // what was extracted stands under each article: speakers as written, figures with their source
    assertThat(html).contains("<b>a senior administration official (description)</b>")
        .contains("94,300").contains("Oleksii Reznikov").containsPattern("\\d+ figures</summary>");
    assertThat(first.out()).contains("found: ").contains(" quotes (");

    Cli.Run second = Cli.run("analyze", Cli.seeds().toString(), "--store", store.toString(), "--report", report.toString());
    assertThat(second.status()).isZero();
    assertThat(second.out()).contains("5 articles (0 new, 5 already stored)");
    Cli.Run list = Cli.run("articles", "--store", store.toString(), "--json");
    assertThat(JSON.readTree(list.out())).hasSize(5);
  }

  @Test
  void analyze_storesInferredDatesOfTheUndatedSamples_withTheirEvidence(@TempDir Path dir) throws IOException {
    Path store = dir.resolve("s.db");
    Cli.run("analyze", Cli.seeds().toString(), "--store", store.toString(), "--report", dir.resolve("r.html").toString());
    JsonNode list = JSON.readTree(Cli.run("articles", "--store", store.toString(), "--json").out());
    List<JsonNode> inferred = new ArrayList<>();
    list.forEach(a -> {
      if (!a.get("published").isNull() && a.get("published").get("source").asText().equals("INFERRED")) {
        inferred.add(a);
      }
    });
    assertThat(inferred).extracting(a -> a.get("origin").asText().replaceAll(".*/", ""))
        .containsExactlyInAnyOrder("000_4794b076882f08fe.txt", "003_9c3e6357029ac095.txt");
    for (JsonNode a : inferred) {
      JsonNode shown = JSON.readTree(Cli.run("article", a.get("id").asText(), "--store", store.toString(), "--json").out());
      assertThat(shown.get("published").get("evidence")).isNotEmpty();
      assertThat(shown.get("published").get("confidence").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void article_showsOneStoredArticleByIdPrefix(@TempDir Path dir) throws IOException {
    Path store = dir.resolve("s.db");
    assertThat(Cli.run("ingest", Cli.seeds().toString(), "--store", store.toString()).status()).isZero();
    JsonNode list = JSON.readTree(Cli.run("articles", "--store", store.toString(), "--json").out());
    String id = list.get(0).get("id").asText();
    Cli.Run shown = Cli.run("article", id.substring(0, 6), "--store", store.toString(), "--json");
    assertThat(shown.status()).as(shown.err()).isZero();
    JsonNode article = JSON.readTree(shown.out());
    assertThat(article.get("id").asText()).isEqualTo(id);
    assertThat(article.get("text").asText()).isNotBlank();
    Cli.Run missing = Cli.run("article", "ffffffffffffffff", "--store", store.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no article with id 'ffffffffffffffff'");
  }

  @Test
  void ingest_datesTheUndatedFromTheirStory_andArticlesAreListedByDate(@TempDir Path dir) throws IOException {
    Path store = dir.resolve("s.db");
    Cli.run("ingest", Cli.seeds().toString(), "--store", store.toString());
    JsonNode list = JSON.readTree(Cli.run("articles", "--store", store.toString(), "--json").out());
    List<String> dates = new ArrayList<>();
    list.forEach(a -> dates.add(a.get("published").get("date").asText() + " " + a.get("published").get("source").asText()));
    assertThat(dates).containsExactly("2021-12-06 INFERRED", "2021-12-29 INFERRED", "2021-12-30 DATE_LINE", "2022-01-24 DATE_LINE",
        "2022-01-24 DATE_LINE");
  }
}
