package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline search} as a user runs it: articles written for the test, ingested in two runs. */
class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String line(String id, String outlet, String date, String title, String text) {
    return JSON.createObjectNode().put("id", id).put("outlet", outlet).put("published", date).put("title", title)
        .put("text", text).toString();
  }

  private Path store() throws IOException {
    Path first = dir.resolve("first.jsonl");
    Files.writeString(first, String.join("\n",
        line("a", "Harbour Gazette", "2023-03-01", "Ferry strike halts crossings",
            "Ferry workers in Portmere walked out on Wednesday, halting every crossing to the islands. The union said the strike would last three days."),
        line("b", "Island Post", "2023-03-02", "Ferry strike enters second day",
            "The ferry strike in Portmere entered its second day on Thursday as islanders queued for the few private boats running."),
        line("c", "Harbour Gazette", "2023-04-11", "Library reopens after repairs",
            "The Portmere library reopened on Tuesday after six months of repairs to its roof.")) + "\n");
    Path store = dir.resolve("s.db");
    Cli.Run run = Cli.run("ingest", first.toString(), "--store", store.toString());
    assertThat(run.status()).as(run.err()).isZero();
    return store;
  }

  private static JsonNode search(Path store, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--json", "--store", store.toString()));
    all.addAll(List.of(args));
    Cli.Run run = Cli.run(all.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static List<String> titles(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("articles").forEach(a -> out.add(a.get("title").asText()));
    return out;
  }

  @Test
  void search_findsTheMatchingArticles_withTheirMatchesMarked() throws IOException {
    Path store = store();
    JsonNode r = search(store, "strike");
    assertThat(r.get("total").asInt()).isEqualTo(2);
    assertThat(titles(r)).containsExactlyInAnyOrder("Ferry strike halts crossings", "Ferry strike enters second day");
    for (JsonNode a : r.get("articles")) {
      for (JsonNode s : a.get("snippets")) {
        String text = s.get("text").asText();
        assertThat(s.get("highlights")).isNotEmpty();
        s.get("highlights").forEach(h ->
            assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt()).toLowerCase(Locale.ROOT)).isEqualTo("strike"));
      }
    }

    Cli.Run text = Cli.run("search", "\"second day\"", "--store", store.toString());
    assertThat(text.status()).isZero();
    assertThat(text.out()).startsWith("1 article in 1 story").contains("its *second day* on Thursday").contains("Island Post 1");
  }

  @Test
  void filters_keepTheOtherOutletsCounted_andGroupByStory() throws IOException {
    Path store = store();
    JsonNode r = search(store, "portmere", "--outlet", "Island Post");
    assertThat(titles(r)).containsExactly("Ferry strike enters second day");
    assertThat(r.at("/facets/outlets").toString()).contains("\"Harbour Gazette\"").contains("\"Island Post\"");

    JsonNode dated = search(store, "portmere", "--from", "2023-04-01");
    assertThat(titles(dated)).containsExactly("Library reopens after repairs");
    assertThat(titles(search(store, "date:2023-03 AND title:ferry"))).hasSize(2);

    JsonNode grouped = search(store, "portmere", "--stories");
    assertThat(grouped.get("stories")).hasSize(grouped.get("story_total").asInt());
    int matching = 0;
    for (JsonNode s : grouped.get("stories")) {
      matching += s.get("matching").asInt();
    }
    assertThat(matching).isEqualTo(3);
  }

  @Test
  void laterRuns_areSearchableToo() throws IOException {
    Path store = store();
    Path second = dir.resolve("second.jsonl");
    Files.writeString(second, line("d", "Island Post", "2023-03-04", "Ferry strike ends",
        "The ferry strike in Portmere ended on Saturday after the union accepted a new offer.") + "\n");
    assertThat(Cli.run("ingest", second.toString(), "--store", store.toString()).status()).isZero();
    assertThat(search(store, "strike").get("total").asInt()).isEqualTo(3);
    assertThat(titles(search(store, "offer"))).containsExactly("Ferry strike ends");
  }

  /** A plain-text file has no title: its hit is named by its first line, and a story group by its headline. */
  @Test
  void untitledHits_showTheirFirstLine_andStoryGroupsTheirHeadline() throws IOException {
    Path store = store();
    Path note = dir.resolve("note.txt");
    Files.writeString(note, "Pilots in Portmere stopped work on Friday in support of the striking ferry workers, the union said.\n");
    assertThat(Cli.run("ingest", note.toString(), "--store", store.toString()).status()).isZero();
    assertThat(titles(search(store, "pilots"))).as("no title stored").containsExactly("");

    Cli.Run hits = Cli.run("search", "pilots", "--store", store.toString());
    assertThat(hits.status()).as(hits.err()).isZero();
    assertThat(hits.out().lines().filter(l -> l.contains("undated")).findFirst().orElseThrow())
        .contains("Pilots in Portmere stopped work on Friday");

    Cli.Run grouped = Cli.run("search", "strike", "--stories", "--store", store.toString());
    assertThat(grouped.status()).as(grouped.err()).isZero();
    String storyLine = grouped.out().lines().filter(l -> l.startsWith("Story ")).findFirst().orElseThrow();
    assertThat(storyLine).matches("Story [0-9a-f]{16}  \\d+ match(es)?  \\S.*");
  }

  @Test
  void badQuery_isOneLineAndStatus2() throws IOException {
    Path store = store();
    Cli.Run run = Cli.run("search", "(strike", "--store", store.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).startsWith("storyline: search: cannot read the query '(strike'").doesNotContain("\n");
  }
}
