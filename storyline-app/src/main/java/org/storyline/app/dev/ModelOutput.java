package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a trained model where a {@code train} command was told to, and says so. */
final class ModelOutput {

  /** What writes the model to a path. */
  interface Writer {
    void write(Path file) throws IOException;
  }

  private ModelOutput() {}

  /** Creates {@code out}'s folder, writes the model, prints its size and the time since {@code t0} (nanoseconds). */
  static void write(Path out, Writer writer, PrintWriter report, long t0) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    writer.write(out);
    report.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
  }
}
