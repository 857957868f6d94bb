package org.storyline.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.storyline.model.SourceFormat;

/**
 * The input formats the ingest stage reads, each with its reader's constructor and the file name
 * extensions that select it. A name with no extension, or an unknown one, is read as plain text; a
 * {@code .gz} suffix is looked through ({@code a.jsonl.gz} is JSONL).
 */
enum InputFormat {
  TEXT(SourceFormat.TEXT, TextReader::new, "txt", "text"),
  JSONL(SourceFormat.JSONL, JsonlReader::new, "jsonl", "ndjson"),
  HTML(SourceFormat.HTML, HtmlReader::new, "html", "htm", "xhtml");

  private static final String GZIP_SUFFIX = ".gz";

  final SourceFormat format;
  private final Supplier<DocumentReader> constructor;
  private final Set<String> extensions;

  InputFormat(SourceFormat format, Supplier<DocumentReader> constructor, String... extensions) {
    this.format = format;
    this.constructor = constructor;
    this.extensions = Set.of(extensions);
  }

  DocumentReader newReader() {
    return constructor.get();
  }

  static InputFormat of(SourceFormat format) {
    for (InputFormat f : values()) {
      if (f.format == format) {
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
