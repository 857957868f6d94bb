package org.storyline.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Pages;
import org.storyline.ingest.StreamReader;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record): every
 * {@code response} record holding an HTTP 200 response of type {@code text/html} or {@code
 * application/xhtml+xml} is one article.
 *
 * <ul>
 *   <li>The HTTP body (transfer and content encodings undone) is decoded by {@link
 *       Pages#readPage}: the charset of the HTTP header, else the page's, and read as HTML.
 *   <li>{@code url} is the record's {@code WARC-Target-URI}. When the page gives no publication
 *       date, the capture day ({@code WARC-Date}, in UTC) stands in for it as {@link
 *       DateSource#CAPTURE} with confidence {@value #CAPTURE_CONFIDENCE}: a page is published on or
 *       before the day it is captured.
 *   <li>The origin of each article is the file and the record's 1-based number in it ({@code
 *       crawl.warc.gz:7}); every record counts, requests and metadata included.
 *   <li>Other records (requests, metadata, warcinfo, non-HTML or non-200 responses) hold no
 *       article: skipped without a message, counted in {@link Counts}.
 * </ul>
 *
 * <p>Problems: ERROR {@code "record is 20,000,000 bytes, over the ...-byte limit for one
 * article"}; ERROR {@code "truncated WARC data at byte offset 1234 (after record 6): ..."} or
 * {@code "unreadable WARC record at byte offset 1234 (after record 6): ..."}, after which the file
 * is not read further but every record before is kept. Offsets are in the file as stored (in the
 * compressed bytes of a {@code .warc.gz}).
 */
public final class WarcFileReader implements StreamReader {

  /** The confidence of a capture date standing in for a publication date. */
  public static final double CAPTURE_CONFIDENCE = 0.5;

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  /** What one read of a file met. */
  public record Counts(long records, long articles, long skipped) {}

  @Override
  public void read(Origin origin, InputStream in, IngestOptions options, Consumer<SourceDocument> documents,
      Consumer<Problem> problems) throws IOException {
    readCounting(origin, in, options, documents, problems);
  }

  /** As {@link #read}, saying how many records there were, how many gave an article and how many were skipped. */
  public Counts readCounting(Origin origin, InputStream in, IngestOptions options, Consumer<SourceDocument> documents,
      Consumer<Problem> problems) throws IOException {
    long number = 0;
    long articles = 0;
    long skipped = 0;
    WarcReader warc;
    try {
      warc = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      problems.accept(Problem.error(origin, "not a WARC file: " + Pages.oneLine(e)));
      return new Counts(0, 0, 0);
    }
    long[] current = {0};
    warc.onWarning(message -> problems.accept(Problem.warning(origin.withRecord(current[0] + 1),
        "WARC: " + message.replaceAll("\\s+", " ").strip())));
    while (true) {
      long offset = warc.position();
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException | RuntimeException e) {
        problems.accept(Problem.error(origin, broken(e) + " WARC data at byte offset " + offset + " (after record "
            + number + "): " + Pages.oneLine(e)));
        break;
      }
      if (next.isEmpty()) {
        break;
      }
      number++;
      current[0] = number;
      Origin at = origin.withRecord(number);
      try {
        if (readRecord(at, next.get(), options, documents, problems)) {
          articles++;
        } else {
          skipped++;
        }
      } catch (IOException e) {
        problems.accept(Problem.error(at, broken(e) + " WARC record at byte offset " + offset + ": " + Pages.oneLine(e)));
        break;
      } catch (RuntimeException e) {
        // A header value the WARC library cannot parse (a date, a media type): the record is
        // framed by its length all the same, so only this record is lost.
        problems.accept(Problem.error(at, "unreadable WARC record at byte offset " + offset + ": " + Pages.oneLine(e)));
        skipped++;
      }
    }
    return new Counts(number, articles, skipped);
  }

  private static String broken(Throwable e) {
    if (e instanceof EOFException || (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("eof"))) {
      return "truncated";
    }
    return e instanceof ZipException ? "corrupt gzip" : "unreadable";
  }

  /** Hands on the record's article; false when the record holds none (skipped). */
  private static boolean readRecord(Origin at, WarcRecord record, IngestOptions options,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) throws IOException {
    if (!(record instanceof WarcResponse response)
        || !"application/http".equalsIgnoreCase(response.contentType().base().toString())) {
      return false;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      problems.accept(Problem.error(at, "unreadable HTTP response: " + Pages.oneLine(e)));
      return false;
    }
    MediaType type = http.contentType();
    if (http.status() != 200 || type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
      return false;
    }
    long limit = options.maxFileBytes();
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) limit + 1);
    }
    if (body.length > limit) {
      problems.accept(Problem.error(at, Pages.overLimit("record", http.body().size(), limit)));
      return false;
    }
    String url = response.target();
    LocalDate captured = captureDay(at, response, problems);
    boolean[] any = {false};
    Pages.readPage(at, body, type.parameters().get("charset"), doc -> {
      any[0] = true;
      documents.accept(withCapture(doc, url, captured));
    }, problems);
    return any[0];
  }

  /** The day of {@code WARC-Date} in UTC; null, with a warning, when the header cannot be read. */
  private static LocalDate captureDay(Origin at, WarcResponse response, Consumer<Problem> problems) {
    try {
      return response.date().atOffset(ZoneOffset.UTC).toLocalDate();
    } catch (RuntimeException e) {
      problems.accept(Problem.warning(at, "unreadable WARC-Date, no capture day: " + Pages.oneLine(e)));
      return null;
    }
  }

  private static SourceDocument withCapture(SourceDocument doc, String url, LocalDate captured) {
    DocumentMetadata m = doc.metadata();
    PublicationDate published = m.published() != null || captured == null
        ? m.published()
        : new PublicationDate(captured, DateSource.CAPTURE, CAPTURE_CONFIDENCE);
    DocumentMetadata metadata = new DocumentMetadata(m.externalId(), m.title(), url, published, m.outlet());
    return new SourceDocument(doc.origin(), doc.format(), doc.source(), doc.content(), doc.contentMap(), metadata);
  }
}
