package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Ingestor;
import org.storyline.model.DateSource;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.model.Span;

/** The ingest stage reading HTML through the extractor, seen from outside. */
class IngestIntegrationTest {

  @TempDir Path dir;

  private final List<SourceDocument> documents = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void ingest_htmlPage_contentIsHeadlineAndMainText_mappedToTheSource() throws URISyntaxException {
    Ingestor.withDefaults().readFile(GoldenTest.resource("news-article.html"), documents::add, problems::add);

    assertThat(problems).isEmpty();
    SourceDocument doc = documents.get(0);
    String[] paragraphs = doc.content().split("\n\n");
    assertThat(paragraphs[0]).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(paragraphs[1]).startsWith("The harbour bridge reopened");
    assertThat(paragraphs).hasSize(8);
    assertThat(doc.content()).doesNotContain("cookies", "Share on", "Related stories", "Comments", "Photo:", "newsletter");
    int quote = doc.content().indexOf("\u201cIt feels");
    assertThat(doc.contentMap().toSource(Span.of(quote, quote + 9)).of(doc.source())).isEqualTo("&ldquo;It feels");
    int crews = doc.content().indexOf("Crews replaced");
    assertThat(doc.contentMap().toSource(Span.of(crews, crews + 14)).of(doc.source())).isEqualTo("Crews replaced");
    // the date comes from JSON-LD, which the reader's own <meta> lookup does not see
    assertThat(doc.metadata().published().date()).isEqualTo(LocalDate.of(2023, 3, 14));
    assertThat(doc.metadata().published().source()).isEqualTo(DateSource.METADATA);
    assertThat(doc.metadata().outlet()).isEqualTo("The Coastal Gazette");
    assertThat(doc.metadata().url()).isEqualTo("https://gazette.example/news/2023/03/14/harbour-bridge-reopens");
  }

  @Test
  void ingest_badPages_oneProblemEach_theRestIsRead() throws IOException, URISyntaxException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.copy(GoldenTest.resource("no-article.html"), folder.resolve("a-no-article.html"));
    Path whole = folder.resolve("b-whole.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write(Files.readAllBytes(GoldenTest.resource("blog-post.html")));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(folder.resolve("c-cut.html.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    Files.writeString(folder.resolve("d-broken.html"), "<p>Unclosed <b>tags <div>and a paragraph that goes on, and on, "
        + "with commas, long enough to be prose<p>and another one</i></table>");

    Ingestor ingestor = Ingestor.withDefaults();
    for (Path file : ingestor.listInputs(List.of(folder), problems::add)) {
      ingestor.readFile(file, documents::add, problems::add);
    }

    assertThat(problems).extracting(Problem::toString).containsExactly(
        folder.resolve("a-no-article.html") + ": error: no article text in the page",
        folder.resolve("c-cut.html.gz") + ": error: truncated gzip data (Unexpected end of ZLIB input stream)");
    assertThat(documents).extracting(d -> d.origin().file()).containsExactly(
        folder.resolve("b-whole.html.gz").toString(), folder.resolve("d-broken.html").toString());
    assertThat(documents.get(1).content()).contains("and a paragraph that goes on");
  }
}
