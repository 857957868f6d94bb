package org.storyline.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.storyline.ingest.feed.FeedReader;
import org.storyline.ingest.warc.WarcFileReader;
import org.storyline.model.SourceFormat;

/**
 * The input formats the ingest stage reads, each with its reader's constructor and the file name
 * extensions that select it. A name with no extension, or an unknown one, is read as plain text; a
 * {@code .gz} suffix is looked through ({@code a.jsonl.gz} is JSONL).
 *
 * <p>WARC and feeds are read from the raw stream by a {@link StreamReader}; their articles are
 * HTML pages and fragments, so their documents' format is {@link SourceFormat#HTML}. A WARC file
 * is handed on still compressed: the reader opens its gzip members itself, so offsets in messages
 * are offsets in the file.
 */
enum InputFormat {
  TEXT(SourceFormat.TEXT, TextReader::new, "txt", "text"),
  JSONL(SourceFormat.JSONL, JsonlReader::new, "jsonl", "ndjson"),
  HTML(SourceFormat.HTML, HtmlReader::new, "html", "htm", "xhtml"),
  WARC(WarcFileReader::new, true, "warc"),
  FEED(FeedReader::new, false, "rss", "atom", "xml");

  private static final String GZIP_SUFFIX = ".gz";

  final SourceFormat format;
  private final Supplier<DocumentReader> constructor;
  private final Set<String> extensions;
  private final Supplier<StreamReader> streamConstructor;
  /** Whether the stream reader opens gzip itself (then a {@code .gz} input is handed on compressed). */
  final boolean readsGzip;

  InputFormat(SourceFormat format, Supplier<DocumentReader> constructor, String... extensions) {
    this.format = format;
    this.constructor = constructor;
    this.extensions = Set.of(extensions);
    this.streamConstructor = null;
    this.readsGzip = false;
  }

  InputFormat(Supplier<StreamReader> streamConstructor, boolean readsGzip, String... extensions) {
    this.format = SourceFormat.HTML;
    this.constructor = null;
    this.extensions = Set.of(extensions);
    this.streamConstructor = streamConstructor;
    this.readsGzip = readsGzip;
  }

  DocumentReader newReader() {
    return constructor.get();
  }

  /** Whether this format is read from the raw stream ({@link #newStreamReader()}) rather than from decoded text. */
  boolean isStream() {
    return streamConstructor != null;
  }

  StreamReader newStreamReader() {
    return streamConstructor.get();
  }

  static InputFormat of(SourceFormat format) {
    for (InputFormat f : values()) {
      if (f.format == format && !f.isStream()) {
        return f;
      }
    }
    throw new IllegalArgumentException("no reader for the format " + format);
  }

  /** The format a file name selects, looking through a {@code .gz} suffix. */
  static InputFormat forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (isGzip(name)) {
      name = name.substring(0, name.length() - GZIP_SUFFIX.length());
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return TEXT; // no extension, or a dot file such as ".profile"
    }
    String extension = name.substring(dot + 1);
    for (InputFormat f : values()) {
      if (f.extensions.contains(extension)) {
        return f;
      }
    }
    return TEXT;
  }

  static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
  }
}
