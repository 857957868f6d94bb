package org.storyline.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads the model's gzipped text resources, shipped on the class path or given as files. */
final class GzipText {

  /** Turns an open stream into a value; {@code name} is for messages. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(InputStream in, String name) throws IOException;
  }

  private static final int BUFFER = 1 << 16;

  private GzipText() {}

  /** A gzipped resource beside {@code owner}; a missing one is a broken build, said as such. */
  static <T> T shipped(Class<?> owner, String resource, String what, Parser<T> parser) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(what + " " + resource + " is missing from the class path");
      }
      return parser.parse(new GZIPInputStream(in, BUFFER), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file, gunzipped when its name ends with {@code .gz}. */
  static <T> T file(Path file, Parser<T> parser) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      return parser.parse(file.toString().endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw, file.toString());
    }
  }
}
