package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box: entities, entity NAME, merge and split, through the command line. */
class EntityCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path store() {
    return dir.resolve("s.db");
  }

  private Cli.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--store");
    all.add(store().toString());
    return Cli.run(all.toArray(String[]::new));
  }

  private JsonNode entity(String name) throws Exception {
    Cli.Run r = run("entity", name, "--json");
    assertThat(r.status()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void entities_onTheSeeds_listsMergedNamesWithCounts() throws Exception {
    assertThat(run("ingest", Cli.seeds().toString()).status()).isZero();

    Cli.Run r = run("entities", "--json");

    assertThat(r.status()).as(r.err()).isZero();
    JsonNode list = JSON.readTree(r.out());
    JsonNode zelensky = null;
    for (JsonNode e : list) {
      if (e.get("name").asText().startsWith("Volodymyr Zelensk")) {
        zelensky = e;
      }
    }
    assertThat(zelensky).isNotNull();
    assertThat(zelensky.get("type").asText()).isEqualTo("PERSON");
    assertThat(zelensky.get("aliases").toString()).contains("Volodymr Zelensky");
    assertThat(zelensky.get("mentions").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(run("entities").out()).contains("PERSON", "Vladimir Putin", "(Putin)", "entities in");
  }

  @Test
  void entity_json_explainsEveryMerge() throws Exception {
    run("ingest", Cli.seeds().toString());

    JsonNode putin = entity("Putin");

    assertThat(putin.get("name").asText()).isEqualTo("Vladimir Putin");
    assertThat(putin.get("mention_list").size()).isEqualTo(putin.get("mentions").asInt());
    assertThat(putin.get("mention_list").get(0).has("start")).isTrue();
    List<String> kinds = new ArrayList<>();
    putin.get("merges").forEach(m -> kinds.add(m.get("kind").asText()));
    assertThat(kinds).contains("SHORT_FORM");
    assertThat(putin.get("merges").get(0).get("explanation").asText()).isNotBlank();
    assertThat(run("entity", "Zelenskyy").out()).contains("merged because:", "SPELLING_VARIANT");
    assertThat(run("entity", "Nobody Atall").status()).isEqualTo(1);
  }

  @Test
  void corrections_surviveReprocessing() throws Exception {
    Path first = Files.createDirectories(dir.resolve("in1"));
    Path second = Files.createDirectories(dir.resolve("in2"));
    Files.writeString(first.resolve("a.txt"), " date 2022-01-10\nJoe Biden met Emmanuel Macron in Paris on Monday. Biden said the talks went well.\n");
    Files.writeString(second.resolve("b.txt"), " date 2022-01-11\nPresident Joe Biden spoke to Emmanuel Macron again on Tuesday, the White House said.\n");
    run("ingest", first.toString());

    Cli.Run merge = run("entity", "merge", "Joe Biden", "Emmanuel Macron");
    assertThat(merge.status()).as(merge.err()).isZero();
    assertThat(entity("Joe Biden").get("aliases").toString()).contains("Emmanuel Macron");
    Cli.Run split = run("entity", "split", "Joe Biden", "--alias", "Biden");
    assertThat(split.status()).as(split.err()).isZero();

    run("ingest", second.toString()); // new articles, entities resolved again from scratch
    JsonNode biden = entity("Joe Biden");

    assertThat(biden.get("aliases").toString()).contains("Emmanuel Macron").doesNotContain("\"Biden\"");
    assertThat(biden.get("articles").asInt()).isEqualTo(2);
    List<String> kinds = new ArrayList<>();
    biden.get("merges").forEach(m -> kinds.add(m.get("kind").asText()));
    assertThat(kinds).contains("USER_MERGE", "USER_SPLIT");
    assertThat(entity("Biden").get("name").asText()).isEqualTo("Biden");
  }

  @Test
  void merge_unknownName_recordsNothing() {
    run("ingest", Cli.seeds().toString());
    Cli.Run r = run("entity", "merge", "Vladimir Putin", "Nobody Atall");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("no entity is named 'Nobody Atall'");
  }

  @Test
  void evalEntities_onATinyMeantimeFolder_printsScores() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("mt/corpus"));
    Files.writeString(corpus.resolve("1.xml"), """
        <?xml version="1.0" ?><Document doc_id="1">
        <token number="0" sentence="0" t_id="1">Apple</token>
        <token number="1" sentence="0" t_id="2">hired</token>
        <token number="2" sentence="0" t_id="3">Steve</token>
        <token number="3" sentence="0" t_id="4">Jobs</token>
        <token number="4" sentence="0" t_id="5">.</token>
        <Markables>
        <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
        <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
        <ENTITY m_id="10" ent_type="ORG" instance_id="ORG1"/>
        <ENTITY m_id="11" ent_type="PER" instance_id="PER1"/>
        </Markables>
        <Relations>
        <REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
        <REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
        </Relations></Document>
        """);
    Cli.Run r = Cli.run("eval", "entities", "--data", dir.resolve("mt").toString(), "--json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("named_mentions").asInt()).isEqualTo(2);
    // two singletons: B3 and CEAF-e are perfect, MUC has no links to score (0, as the reference scorer gives)
    assertThat(n.get("coreference").get("b3").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(n.get("coreference").get("ceaf_e").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(n.get("mentions").get("PER").get("gold").asInt()).isEqualTo(1);
  }
}
