package org.storyline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * What readers outside this package (WARC records, feed items, fetched pages) share with the
 * readers here: decoding a web page's bytes, reading HTML into a document, reading a date as
 * metadata writes it. Every method reports as the readers of this package do, one {@link Problem}
 * per thing wrong, and never throws for bad content.
 */
public final class Pages {

  private static final Set<String> READ_AS_1252 =
      Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252");

  private Pages() {}

  /**
   * Reads one HTML page from its bytes: decoded by its byte order mark, else by the charset of
   * its HTTP {@code Content-Type} header when one is given (labels browsers read as windows-1252
   * are read so), else as an HTML file is ({@link Decoder}: UTF-8, or the charset the page
   * declares, with a warning). Then read as by the HTML file reader.
   *
   * @param headerCharset the {@code charset} parameter of the HTTP header, or {@code null}
   */
  public static void readPage(Origin origin, byte[] body, String headerCharset,
      Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(body, "body");
    String text = decodePage(origin, body, headerCharset, problems);
    if (text != null) {
      readHtml(origin, text, documents, problems);
    }
  }

  /** Reads HTML text (a page, or a feed item's content) as by the HTML file reader. */
  public static void readHtml(Origin origin, String html, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(html, "html");
    try {
      InputFormat.HTML.newReader().read(origin, html, documents, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.accept(Problem.error(origin, "reader failed: " + e.getClass().getSimpleName() + ": " + Messages.oneLine(e)));
    }
  }

  /** The day a metadata date names, read as {@link Dates} reads it; empty when unreadable or impossible. */
  public static Optional<LocalDate> parseDate(String text) {
    return text == null ? Optional.empty() : Dates.parse(text);
  }

  /** {@code "file is 104,857,600 bytes, over the 16,777,216-byte limit for one article"}. */
  public static String overLimit(String what, long size, long limit) {
    return Messages.overLimit(what, size, limit, "article");
  }

  /** A throwable's message on one line (its class name when it has none), cut to a quotable length. */
  public static String oneLine(Throwable e) {
    return Messages.oneLine(e);
  }

  private static String decodePage(Origin origin, byte[] body, String headerCharset, Consumer<Problem> problems) {
    Charset charset = charset(headerCharset);
    if (charset == null || charset.equals(StandardCharsets.UTF_8) || Decoder.utf16ByBom(body) != null
        || Decoder.hasUtf8Bom(body) || body.length == 0) {
      return Decoder.decode(body, origin, true, problems);
    }
    String binary = Decoder.binaryReason(body, 0, Math.min(body.length, Decoder.SNIFF_BYTES));
    if (binary != null) {
      problems.accept(Problem.error(origin, binary));
      return null;
    }
    String text = new String(body, charset);
    if (text.isBlank()) {
      problems.accept(Problem.error(origin, "empty file"));
      return null;
    }
    return text;
  }

  private static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (READ_AS_1252.contains(name)) {
      return Decoder.WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label: let the page say
    }
  }
}
