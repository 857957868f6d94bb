package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Black-box tests of {@code extract-html}, {@code eval extract} and {@code bench extract}. */
class ExtractionCommandsTest {

  private static final String PAGE = """
      <html lang="en"><head><title>Dam opens | River Post</title>
      <meta property="og:site_name" content="River Post">
      <meta property="article:published_time" content="2022-06-01T09:00:00Z">
      <meta name="author" content="Sam Ode">
      <link rel="canonical" href="https://riverpost.example/2022/06/01/dam-opens"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Dam opens</h1>
      <p>The new dam opened on Wednesday, after four years of building, officials said at the ceremony.</p>
      <p>It will supply water to about 200,000 homes, according to the regional water board.</p>
      <div class="share-bar"><a href="#">Share</a></div></article>
      <footer>Copyright River Post</footer></body></html>
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"extract-html", "eval", "bench"})
  void help_isOffered(String command) {
    Cli.Run run = Cli.run(command, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: storyline " + command);
  }

  @Test
  void extractHtml_printsTheExtractionAsJson() throws IOException {
    Path file = gzip(dir.resolve("dam.html.gz"), PAGE);

    Cli.Run run = Cli.run("extract-html", file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("title").asText()).isEqualTo("Dam opens");
    assertThat(json.get("body").asText()).isEqualTo(
        "The new dam opened on Wednesday, after four years of building, officials said at the ceremony.\n\n"
            + "It will supply water to about 200,000 homes, according to the regional water board.");
    assertThat(json.get("author").asText()).isEqualTo("Sam Ode");
    assertThat(json.get("published").get("date").asText()).isEqualTo("2022-06-01");
    assertThat(json.get("published").get("source").asText()).isEqualTo("meta");
    assertThat(json.get("site").asText()).isEqualTo("River Post");
    assertThat(json.get("url").asText()).isEqualTo("https://riverpost.example/2022/06/01/dam-opens");
    assertThat(json.get("language").asText()).isEqualTo("en");
  }

  @Test
  void extractHtml_badInputs_oneErrorLineEach() throws IOException {
    Path noArticle = Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
    Path truncated = dir.resolve("cut.html.gz");
    byte[] whole = Files.readAllBytes(gzip(dir.resolve("whole.html.gz"), PAGE));
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    Path binary = Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});

    assertOneError(Cli.run("extract-html", noArticle.toString()), noArticle + ": error: no article text in the page");
    assertOneError(Cli.run("extract-html", truncated.toString()), truncated + ": error: truncated gzip data");
    assertOneError(Cli.run("extract-html", binary.toString()), binary + ": error: binary content");
  }

  private static void assertOneError(Cli.Run run, String start) {
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith(start);
  }

  @Test
  void evalExtract_scoresAgainstTheGroundTruth_andListsTheWorstPages() throws IOException {
    Path data = benchmarkFolder();

    Cli.Run run = Cli.run("eval", "extract", "--data", data.toString(), "--errors", "1");

    assertThat(run.status()).isZero();
    // page a: exact (P 1, R 1); page b: gold has one more sentence, 13 tokens -> 10 shingles of which
    // the extraction has 4 (tp 4, fp 0, fn 6): P 1, R 0.4. Means: P 1, R 0.7, F1 2*0.7/1.7
    assertThat(run.out()).startsWith("pages 2  precision 1.0000  recall 0.7000  F1 0.8235\n");
    assertThat(run.out()).contains("worst pages").contains("0.571  P 1.000  R 0.400  b  https://x.example/b");
    assertThat(run.out().lines()).hasSize(3);
  }

  @Test
  void evalExtract_missingGroundTruth_isOneErrorLine() {
    Cli.Run run = Cli.run("eval", "extract", "--data", dir.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("storyline: error: " + dir.resolve("ground-truth.json")
        + ": no such file (expected the benchmark's ground-truth.json)");
  }

  @Test
  void benchExtract_printsPagesPerSecond() throws IOException {
    Cli.Run run = Cli.run("bench", "extract", "--data", benchmarkFolder().toString(), "--warmup", "0", "--passes", "2");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("pages 2 ").containsPattern("pages/s/core: median \\d+");
  }

  private Path benchmarkFolder() throws IOException {
    Path data = Files.createDirectories(dir.resolve("bench"));
    Files.createDirectories(data.resolve("html"));
    gzip(data.resolve("html/a.html.gz"), PAGE);
    gzip(data.resolve("html/b.html.gz"), "<html><body><article><p>One two three four five six seven.</p>"
        + "</article></body></html>");
    Files.writeString(data.resolve("ground-truth.json"), """
        {"a": {"url": "https://riverpost.example/2022/06/01/dam-opens", "articleBody":
          "The new dam opened on Wednesday, after four years of building, officials said at the ceremony.\\nIt will supply water to about 200,000 homes, according to the regional water board."},
         "b": {"url": "https://x.example/b", "articleBody": "One two three four five six seven. Eight nine ten eleven twelve thirteen."}}
        """);
    return data;
  }

  private static Path gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
