package org.storyline.app.command;

import org.storyline.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The input size limits, shared by the commands that read inputs. */
final class IngestLimits {

  private static final long MIB = 1024L * 1024L;

  @Option(
      names = "--max-file-size",
      paramLabel = "MiB",
      description = "Largest text or HTML file read as one article, in MiB (default: ${DEFAULT-VALUE}).",
      defaultValue = "16")
  long maxFileMiB;

  IngestOptions options() {
    if (maxFileMiB < 1) {
      throw new IllegalArgumentException("--max-file-size must be at least 1 MiB, not " + maxFileMiB);
    }
    return new IngestOptions(maxFileMiB * MIB, maxFileMiB * MIB);
  }
}
