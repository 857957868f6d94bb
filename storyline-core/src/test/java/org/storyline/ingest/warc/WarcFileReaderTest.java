package org.storyline.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Ingestor;
import org.storyline.model.DateSource;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

class WarcFileReaderTest {

  private static final Instant CAPTURED = Instant.parse("2024-03-05T23:30:00Z");
  private static final String UNDATED = "<html><head><title>Flood in Valencia</title></head><body>"
      + "<h1>Flood in Valencia</h1><p>The river rose overnight.</p></body></html>";
  private static final String DATED = "<html><head><meta property=\"article:published_time\" content=\"2024-03-01T09:00:00+01:00\">"
      + "<title>Dated</title></head><body><p>Caf\u00e9 owners counted the cost.</p></body></html>";

  @TempDir Path dir;

  /** Records: 1 request, 2 HTML response, 3 request, 4 PNG response, 5 HTML 404, 6 dated latin-1 HTML. */
  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      writer.write(request("https://news.example/flood"));
      writer.write(response("https://news.example/flood", 200, "text/html; charset=utf-8", UNDATED.getBytes(StandardCharsets.UTF_8)));
      writer.write(request("https://news.example/logo.png"));
      writer.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
      writer.write(response("https://news.example/gone", 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)));
      writer.write(response("https://news.example/dated", 200, "text/html; charset=ISO-8859-1",
          DATED.getBytes(Charset.forName("ISO-8859-1"))));
    }
    return file;
  }

  private static WarcRequest request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", "news.example").build();
    return new WarcRequest.Builder(URI.create(url)).date(CAPTURED).body(http).build();
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
  }

  private record Read(List<SourceDocument> documents, List<Problem> problems, WarcFileReader.Counts counts) {}

  private static Read read(Path file) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      WarcFileReader.Counts counts = new WarcFileReader().readCounting(
          Origin.file(file.toString()), in, IngestOptions.defaults(), docs::add, problems::add);
      return new Read(docs, problems, counts);
    }
  }

  @Test
  void read_htmlResponses_becomeArticles_othersAreSkippedAndCounted() throws IOException {
    for (WarcCompression compression : WarcCompression.values()) {
      Path file = writeWarc(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);
      Read read = read(file);
      assertThat(read.problems()).isEmpty();
      assertThat(read.counts()).isEqualTo(new WarcFileReader.Counts(6, 2, 4));
      assertThat(read.documents()).hasSize(2);

      SourceDocument flood = read.documents().get(0);
      assertThat(flood.origin()).isEqualTo(new Origin(file.toString(), 2));
      assertThat(flood.format()).isEqualTo(SourceFormat.HTML);
      assertThat(flood.metadata().url()).isEqualTo("https://news.example/flood");
      assertThat(flood.metadata().title()).isEqualTo("Flood in Valencia");
      assertThat(flood.content()).contains("The river rose overnight.");
      assertThat(flood.metadata().published())
          .isEqualTo(new PublicationDate(LocalDate.of(2024, 3, 5), DateSource.CAPTURE, WarcFileReader.CAPTURE_CONFIDENCE));

      SourceDocument dated = read.documents().get(1);
      assertThat(dated.origin().record()).isEqualTo(6);
      assertThat(dated.content()).contains("Caf\u00e9 owners"); // decoded by the HTTP header's charset
      assertThat(dated.metadata().published()).isEqualTo(PublicationDate.given(LocalDate.of(2024, 3, 1), DateSource.METADATA));
    }
  }

  @Test
  void read_truncatedGzip_keepsTheRecordsBefore_andSaysWhere() throws IOException {
    Path whole = writeWarc("whole.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40)); // into the last record
    Read read = read(cut);
    assertThat(read.documents()).extracting(d -> d.origin().record()).containsExactly(2L);
    assertThat(read.problems()).hasSize(1);
    Problem p = read.problems().get(0);
    assertThat(p.isError()).isTrue();
    assertThat(p.toString()).startsWith(cut + ": error: ").containsPattern("WARC (data|record) at byte offset \\d+");
  }

  @Test
  void ingestor_readsWarcFilesByName() throws IOException {
    Path file = writeWarc("crawl.warc.gz", WarcCompression.GZIP);
    List<SourceDocument> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Ingestor.withDefaults().readFile(file, docs::add, problems::add);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(d -> d.metadata().url()).containsExactly("https://news.example/flood", "https://news.example/dated");
  }

  @Test
  void read_notAWarc_isOneError() throws IOException {
    Path file = dir.resolve("bad.warc");
    Files.writeString(file, "this is not a WARC file at all\n");
    Read read = read(file);
    assertThat(read.documents()).isEmpty();
    assertThat(read.problems()).hasSize(1);
    assertThat(read.problems().get(0).toString()).startsWith(file + ": error: ");
  }
}
