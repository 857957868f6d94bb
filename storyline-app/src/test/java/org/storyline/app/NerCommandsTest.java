package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Black-box tests of the entity commands, with the shipped model, on a CoNLL file the test writes. */
@Tag("model")
class NerCommandsTest {

  private static final String CONLL = """
      -DOCSTART- -X- O O

      Vladimir NNP I-NP I-PER
      Putin NNP I-NP I-PER
      met VBD I-VP O
      Joe NNP I-NP I-PER
      Biden NNP I-NP I-PER
      in IN I-PP O
      Geneva NNP I-NP I-LOC
      . . O O

      NATO NNP I-NP I-ORG
      said VBD I-VP O
      so RB I-ADVP O
      . . O O

      -DOCSTART- -X- O O

      He PRP I-NP O
      flew VBD I-VP O
      to TO I-PP O
      Moscow NNP I-NP I-LOC
      . . O O

      """;

  @ParameterizedTest
  @ValueSource(strings = {"tag-entities", "train ner", "eval ner"})
  void help_isOffered(String command) {
    String[] words = (command + " --help").split(" ");
    Cli.Run run = Cli.run(words);
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: storyline " + command);
  }

  @Test
  void evalNer_scoresEntitiesOverallAndByType(@TempDir Path dir) throws IOException {
    Path data = Files.writeString(dir.resolve("tiny.conll"), CONLL);
    Cli.Run run = Cli.run("eval", "ner", "--data", data.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("processed 17 tokens with 5 phrases", "overall", "PER", "LOC", "ORG");

    JsonNode json = new ObjectMapper().readTree(Cli.run("eval", "ner", "--data", data.toString(), "--json").out());
    assertThat(json.get("overall").get("gold").asInt()).isEqualTo(5);
    assertThat(json.get("overall").get("f1").asDouble()).isGreaterThan(0.7);
    assertThat(json.get("types").get("PER").get("gold").asInt()).isEqualTo(2);
  }

  @Test
  void tagEntities_addsAColumnAndKeepsTheOrder(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("in.conll"), CONLL);
    Path out = dir.resolve("out.conll");
    Cli.Run run = Cli.run("tag-entities", in.toString(), out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> before = Files.readAllLines(in);
    List<String> after = Files.readAllLines(out);
    assertThat(after).hasSameSizeAs(before);
    for (int k = 0; k < before.size(); k++) {
      if (before.get(k).isEmpty()) {
        assertThat(after.get(k)).isEmpty();
      } else {
        assertThat(after.get(k)).startsWith(before.get(k) + " ");
        assertThat(after.get(k).split(" ")).hasSize(5);
      }
    }
    assertThat(after.get(0)).isEqualTo("-DOCSTART- -X- O O O");
    assertThat(after).contains("Putin NNP I-NP I-PER I-PER", "He PRP I-NP O O");
  }

  @Test
  void evalNer_missingFile_failsWithOneLine(@TempDir Path dir) {
    Cli.Run run = Cli.run("eval", "ner", "--data", dir.resolve("nope.conll").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("nope.conll");
  }

  @Test
  void annotateJson_listsEntitiesWithOffsetsIntoTextAndSource() throws IOException {
    Path file = Cli.seeds().resolve("002_503e3c828b1c7fa5.txt");
    Cli.Run run = Cli.run("annotate", file.toString(), "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    String text = json.get("text").asText();
    String source = Files.readString(file);
    JsonNode entities = json.get("entities");
    assertThat(entities.size()).isGreaterThan(10);
    boolean price = false;
    for (JsonNode e : entities) {
      String t = e.get("text").asText();
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(t);
      assertThat(source.substring(e.get("src_start").asInt(), e.get("src_end").asInt())).isEqualTo(t);
      assertThat(e.get("type").asText()).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC");
      price |= t.equals("Ned Price") && e.get("type").asText().equals("PERSON");
    }
    assertThat(price).isTrue();
  }
}
