package org.storyline.app.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.extract.entity.ClusterBuilder;
import org.storyline.extract.entity.WordClusters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of the commands that build word clusters: where they go, the sizes of the levels, the seed. */
final class ClusterOptions {

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the clusters (.tsv.gz).")
  Path out;

  @Option(names = "--sizes", defaultValue = "32,128,512,2048", split = ",", paramLabel = "K", description = "Clusters per level, coarse to fine (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  /** A builder with these sizes and seed; a bad size is a usage error of {@code spec}'s command. */
  ClusterBuilder builder(CommandSpec spec) {
    try {
      return ClusterBuilder.defaults().sizes(sizes).seed(seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Writes {@code clusters} to {@link #out} and says so, with the time since {@code t0} (nanoseconds). */
  void write(WordClusters clusters, CommandSpec spec, long t0) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    clusters.write(out);
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
  }

  /** The sizes as the clusters' header lists them: "32, 128, 512, 2048". */
  String sizesText() {
    List<String> s = new ArrayList<>();
    for (int k : sizes) {
      s.add(String.valueOf(k));
    }
    return String.join(", ", s);
  }
}
