package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of coref-events, eval events and train event-coref on core's small ECB+-shaped fixture. */
class EventCorefCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path fixture() {
    String rel = "storyline-core/src/test/resources/org/storyline/reconcile/event/eval/ecb-fixture";
    Path fromModule = Path.of("..", rel);
    return fromModule.toFile().isDirectory() ? fromModule : Path.of(rel);
  }

  private static Set<String> keys(Path jsonl) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode n = JSON.readTree(line);
      out.add(n.get("doc_id").asText() + ":" + n.get("start").asInt() + ":" + n.get("end").asInt());
    }
    return out;
  }

  @Test
  void corefEvents_writesEveryGoldMentionOnceWithAClusterOfItsTopic(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.jsonl");
    Cli.Run run = Cli.run("coref-events", fixture().toString(), out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(keys(out)).isEqualTo(keys(fixture().resolve("event_mentions.jsonl")));
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(18);
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      String topic = n.get("doc_id").asText().split("_")[0];
      assertThat(n.get("cluster_id").asText()).startsWith(topic + "/");
    }
  }

  @Test
  void evalEvents_printsTheFiguresOfModelAndBaseline_byPart() {
    Cli.Run run = Cli.run("eval", "events", "--data", fixture().toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("7 documents, 3 topics, 18 gold event mentions")
        .contains("baseline (same topic, same head lemma)").contains("CoNLL F1 73.07")
        .contains("untouched topics 3").contains("tuning topics 1 2");
  }

  @Test
  void trainEventCoref_writesAModelThatCorefEventsReads(@TempDir Path dir) {
    Path model = dir.resolve("m.model");
    Cli.Run train = Cli.run("train", "event-coref", "--data", fixture().toString(), "--out", model.toString());
    assertThat(train.status()).as(train.err()).isZero();
    assertThat(train.out()).contains("<- chosen").contains("2 topics, 16 mentions");
    Cli.Run run = Cli.run("coref-events", fixture().toString(), dir.resolve("o.jsonl").toString(), "--model", model.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  @Test
  void corefEvents_onAFolderWithoutData_failsWithOneLine(@TempDir Path dir) {
    Cli.Run run = Cli.run("coref-events", dir.toString(), dir.resolve("o.jsonl").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).contains(dir.toString()).doesNotContain("\n");
  }
}
