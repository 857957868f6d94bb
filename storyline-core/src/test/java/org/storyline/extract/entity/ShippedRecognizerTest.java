package org.storyline.extract.entity;

import org.storyline.testing.CpuTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/** Model-backed: loads the shipped model and tags the sample articles. Slow compared with the unit tests. */
@Tag("model")
class ShippedRecognizerTest {

  private static final Map<String, List<String>> PERSONS = Map.ofEntries(
      Map.entry("Joe Biden", List.of("Joe Biden", "Biden")),
      Map.entry("Vladimir Putin", List.of("Vladimir Putin", "Putin")),
      Map.entry("Antony Blinken", List.of("Antony Blinken", "Blinken")),
      Map.entry("Sergey Lavrov", List.of("Sergey Lavrov", "Sergei Lavrov", "Lavrov")),
      Map.entry("Volodymyr Zelensky", List.of("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy",
          "Volodymr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy")),
      Map.entry("Dmitry Peskov", List.of("Dmitry Peskov", "Peskov")),
      Map.entry("Jens Stoltenberg", List.of("Jens Stoltenberg", "Stoltenberg")),
      Map.entry("John Kirby", List.of("John Kirby", "Kirby")),
      Map.entry("Ned Price", List.of("Ned Price", "Price")),
      Map.entry("Emily Horne", List.of("Emily Horne")),
      Map.entry("Jake Sullivan", List.of("Jake Sullivan", "Sullivan")),
      Map.entry("Alexander Lukashenko", List.of("Alexander Lukashenko", "Lukashenko")),
      Map.entry("Lloyd Austin", List.of("Lloyd Austin")));

  private static List<Mention> mentions;

  @BeforeAll
  static void tagSeeds() throws IOException {
    mentions = new ArrayList<>();
    RuleTokenizer tokenizer = new RuleTokenizer();
    try (Stream<Path> files = Files.list(seeds())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        mentions.addAll(PerceptronRecognizer.shipped().mentions(text, tokenizer.sentences(text)));
      }
    }
  }

  private static Path seeds() {
    Path fromModule = Path.of("..", "examples", "seeds");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "seeds");
  }

  private static java.util.Set<String> named(EntityType type) {
    return mentions.stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
  }

  @Test
  void seeds_mainPersonsAreFound() {
    java.util.Set<String> persons = named(EntityType.PERSON);
    PERSONS.forEach((name, spellings) ->
        assertThat(spellings).as(name).anyMatch(persons::contains));
  }

  @Test
  void seeds_organisationsAndPlaces() {
    assertThat(named(EntityType.ORGANIZATION)).contains("NATO", "State Department", "Pentagon");
    assertThat(named(EntityType.LOCATION)).contains("Ukraine", "Russia", "Geneva");
  }

  @Test
  void pronouns_areNeverMentions() {
    String text = "He said she would meet them. They told him that It was over. We know Putin and his aides.";
    List<Mention> found = PerceptronRecognizer.shipped().mentions(text, new RuleTokenizer().sentences(text));
    assertThat(found).extracting(Mention::text).containsExactly("Putin");
    assertThat(mentions).extracting(m -> m.text().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("he", "she", "it", "they", "we", "i", "his", "her");
  }

  @Test
  void mentions_haveTheTextOfTheirSpan_andWeekdaysAreCut() {
    String text = "President Joe Biden will speak with Russian President Vladimir Putin Tuesday about Ukraine.";
    List<Mention> found = PerceptronRecognizer.shipped().mentions(text, new RuleTokenizer().sentences(text));
    assertThat(found).allMatch(m -> m.span().of(text).equals(m.text()));
    assertThat(found).extracting(Mention::text).contains("Joe Biden", "Vladimir Putin", "Ukraine").doesNotContain("Putin Tuesday");
  }

  @Test
  void load_isFast() throws IOException {
    long t0 = CpuTime.nanos();
    try (var in = PerceptronRecognizer.class.getResourceAsStream(PerceptronRecognizer.RESOURCE)) {
      Path tmp = Files.createTempFile("ner", ".bin.gz");
      try {
        Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        t0 = CpuTime.nanos();
        PerceptronRecognizer.load(tmp);
      } finally {
        Files.delete(tmp);
      }
    }
    assertThat((CpuTime.nanos() - t0) / 1e9).as("CPU seconds to load").isLessThan(3.0); // about 0.1 s on a developer's machine
  }
}
