package org.storyline.app.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the benchmarks that run on a {@link SyntheticCorpus}: the real articles it is made from, and its pace. */
final class SyntheticSource {

  @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Real articles with an incident label (the GVA file).")
  Path data;

  @Option(names = "--label", defaultValue = "incident", paramLabel = "FIELD", description = "Field grouping articles of one event (default: ${DEFAULT-VALUE}).")
  String label;

  @Option(names = "--per-day", defaultValue = "500", paramLabel = "N", description = "Synthetic articles per day (default: ${DEFAULT-VALUE}).")
  int perDay;

  SyntheticCorpus load(PrintWriter err) throws IOException {
    return SyntheticCorpus.load(data, label, perDay, err);
  }
}
