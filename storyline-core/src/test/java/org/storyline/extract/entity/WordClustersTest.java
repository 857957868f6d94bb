package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {

  @Test
  void of_triesTheWordThenCapitalisedThenLowerCase() {
    WordClusters c = new WordClusters(Map.of("Russia", new int[] {1, 7}, "said", new int[] {0, 3}), 2, List.of());
    assertThat(c.of("Russia")).containsExactly(1, 7);
    assertThat(c.of("RUSSIA")).containsExactly(1, 7);
    assertThat(c.of("Said")).containsExactly(0, 3);
    assertThat(c.of("russia")).isNull();
    assertThat(WordClusters.NONE.of("Russia")).isNull();
  }

  @Test
  void write_thenRead_givesTheSameClusters(@TempDir Path dir) throws IOException {
    WordClusters c = new WordClusters(Map.of("Oslo", new int[] {1, 2}, "met", new int[] {0, 0}, "#1", new int[] {0, 1}), 2, List.of("a test"));
    Path file = dir.resolve("c.tsv.gz");
    c.write(file);
    WordClusters back = WordClusters.read(file);
    assertThat(back.size()).isEqualTo(3);
    assertThat(back.of("#1")).containsExactly(0, 1);
    assertThat(back.of("Oslo")).containsExactly(1, 2);
    assertThat(back.header()).containsExactly("a test");
  }

  @Test
  void read_ofWordsOutOfOrder_orListedTwice_keepsEachWordsLastClusters(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.tsv");
    java.nio.file.Files.writeString(file, "said\t0\t3\nOslo\t1\t2\nsaid\t0\t4\n");
    WordClusters back = WordClusters.read(file);
    assertThat(back.size()).isEqualTo(2);
    assertThat(back.of("said")).containsExactly(0, 4);
    assertThat(back.of("Oslo")).containsExactly(1, 2);
  }

  @Test
  void shipped_coversCommonWordsAndNames() {
    WordClusters c = WordClusters.shipped();
    assertThat(c.levels()).isEqualTo(4);
    assertThat(c.of("Germany")).isNotNull();
    assertThat(c.of("said")).isNotNull();
  }

  @Test
  void builder_putsWordsOfTheSameContextsTogether_deterministically() {
    List<List<String>> sentences = corpus(new Random(5));
    ClusterBuilder b = ClusterBuilder.defaults().sizes(2, 4).minCount(2);
    WordClusters c = b.build(sentences, List.of(), line -> { });
    assertThat(c.of("Oslo")[1]).isEqualTo(c.of("Lima")[1]);
    assertThat(c.of("Anna")[1]).isEqualTo(c.of("Boris")[1]);
    assertThat(c.of("Oslo")[1]).isNotEqualTo(c.of("Anna")[1]);
    for (String w : List.of("Oslo", "Anna", "met", "in")) {
      int[] path = c.of(w);
      assertThat(path).hasSize(2);
      assertThat(path[0]).isBetween(0, 1);
      assertThat(path[1]).isBetween(0, 3);
    }
    WordClusters again = b.build(sentences, List.of(), line -> { });
    for (String w : List.of("Oslo", "Lima", "Anna", "Boris", "met", "in", ".")) {
      assertThat(again.of(w)).containsExactly(c.of(w));
    }
  }

  @Test
  void builderOfVectors_clustersTheHead_andTheTailJoinsItsNearestCluster() {
    // Two directions, three words near each; the last two words are past the clustered head.
    List<String> words = List.of("paris", "lima", "anna", "boris", "oslo", "carla");
    float[][] vectors = {{1, 0.1f}, {0.9f, 0.2f}, {0.1f, 1}, {0.2f, 0.9f}, {1, 0.05f}, {0.05f, 1}};
    WordClusters c = ClusterBuilder.defaults().sizes(2).build(words, vectors, 4, List.of("test"), line -> { });
    assertThat(c.size()).isEqualTo(6);
    assertThat(c.of("paris")).containsExactly(c.of("lima"));
    assertThat(c.of("anna")).containsExactly(c.of("boris"));
    assertThat(c.of("paris")).doesNotContain(c.of("anna")[0]);
    assertThat(c.of("oslo")).containsExactly(c.of("paris"));
    assertThat(c.of("carla")).containsExactly(c.of("anna"));
    assertThat(c.of("Oslo")).as("looked up in lower case").containsExactly(c.of("oslo"));
  }

  @Test
  void builderOfVectors_refusesMoreClustersThanClusteredWords() {
    List<String> words = List.of("a", "b");
    float[][] vectors = {{1, 0}, {0, 1}};
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> ClusterBuilder.defaults().sizes(4).build(words, vectors, 2, List.of(), line -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clustered must be in [4, 2]");
  }

  private static List<List<String>> corpus(Random random) {
    String[] people = {"Anna", "Boris", "Carla", "Dmitri"};
    String[] cities = {"Oslo", "Lima", "Porto", "Riga"};
    List<List<String>> out = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      String p = people[random.nextInt(people.length)];
      String q = people[random.nextInt(people.length)];
      String city = cities[random.nextInt(cities.length)];
      out.add(random.nextBoolean()
          ? List.of(p, "met", q, "in", city, ".")
          : List.of("Flights", "to", city, "left", "from", cities[random.nextInt(cities.length)], "."));
    }
    return out;
  }
}
