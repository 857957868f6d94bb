package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tls}, and a stored story's headline, summary and timeline summary through {@code story}. */
class SummaryCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path floods() throws IOException {
    Path in = dir.resolve("floods.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"a1\", \"date\": \"2021-03-03\", \"source\": \"wire\", \"text\": \"Heavy rain flooded the river valley on Wednesday, forcing thousands to leave their homes.\\nEmergency crews rescued families trapped on rooftops in three villages.\"}",
        "{\"id\": \"a2\", \"date\": \"2021-03-04\", \"source\": \"paper\", \"text\": \"The floods that hit the valley on Wednesday killed at least twelve people, officials said on Thursday.\"}",
        "not json",
        "{\"id\": \"a3\", \"date\": \"2021-03-06\", \"source\": \"wire\", \"text\": \"The government declared a state of emergency on Saturday after the floods of March 3.\"}",
        "{\"id\": \"a4\", \"source\": \"wire\", \"text\": \"An undated article about the floods in the valley.\"}"));
    return in;
  }

  @Test
  void tls_writesSourcedDatesAndReportsBadLines() throws IOException {
    Path in = floods();
    Cli.Run run = Cli.run("tls", in.toString(), "--dates", "2", "--sentences", "1", "--json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("floods.jsonl:3:").contains("floods.jsonl:5: no date");
    JsonNode timeline = JSON.readTree(run.out()).get("timeline");
    assertThat(timeline.size()).isBetween(1, 2);
    Map<String, String> texts = new HashMap<>();
    texts.put("a1", "Heavy rain flooded the river valley on Wednesday, forcing thousands to leave their homes.\nEmergency crews rescued families trapped on rooftops in three villages.");
    texts.put("a2", "The floods that hit the valley on Wednesday killed at least twelve people, officials said on Thursday.");
    texts.put("a3", "The government declared a state of emergency on Saturday after the floods of March 3.");
    LocalDate previous = LocalDate.MIN;
    for (JsonNode e : timeline) {
      LocalDate d = LocalDate.parse(e.get("date").asText());
      assertThat(d).isAfter(previous);
      previous = d;
      assertThat(e.get("sentences").size()).isEqualTo(1).isEqualTo(e.get("sources").size());
      JsonNode src = e.get("sources").get(0);
      String text = texts.get(src.get("article").asText());
      assertThat(text.substring(src.get("start").asInt(), src.get("end").asInt())).isEqualTo(e.get("sentences").get(0).asText());
    }
  }

  @Test
  void tls_rejectsAnEmptyRange() throws IOException {
    Cli.Run run = Cli.run("tls", floods().toString(), "--dates", "2", "--sentences", "1", "--from", "2021-03-05", "--to", "2021-03-01");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("before it starts");
  }

  @Test
  void story_showsTheStoredHeadlineSummaryAndTimeline_andEachSubEventsHeadlineAndSummary() throws IOException {
    Path store = dir.resolve("s.db");
    Cli.Run analyze = Cli.run("analyze", Cli.seeds().toString(), "--store", store.toString(), "--report", dir.resolve("r.html").toString());
    assertThat(analyze.status()).as(analyze.err()).isZero();
    JsonNode listed = JSON.readTree(Cli.run("stories", "--json", "--store", store.toString()).out()).get(0);
    String id = listed.get("id").asText();
    JsonNode story = JSON.readTree(Cli.run("story", id, "--json", "--tls", "3", "--store", store.toString()).out());
    JsonNode summary = story.get("summary");
    assertThat(summary.get("headline").asText()).isNotBlank();
    assertThat(listed.get("headline").asText()).as("the list shows the story's own headline").isEqualTo(summary.get("headline").asText());
    assertThat(Cli.run("stories", "--store", store.toString()).out()).contains(summary.get("headline").asText().substring(0, 20));
    int words = 0;
    for (JsonNode s : summary.get("sentences")) {
      words += s.asText().split("\\s+").length;
    }
    assertThat(words).isBetween(1, 150);
    assertThat(summary.get("sources").size()).isEqualTo(summary.get("sentences").size());
    for (JsonNode src : summary.get("sources")) {
      assertThat(story.get("articles").toString()).contains(src.get("article").asText());
    }
    assertThat(story.get("timeline_summary").size()).as("--tls 3: dates").isBetween(1, 3);
    assertThat(story.get("timeline").size()).as("the story's events").isPositive();
    String md = Cli.run("story", id, "--format", "md", "--tls", "2", "--store", store.toString()).out();
    assertThat(md).startsWith("# " + summary.get("headline").asText()).contains("## Summary").contains("## Timeline\n").contains("## Timeline summary");
    String html = Files.readString(dir.resolve("r.html"));
    assertThat(html).contains("<p class=\"summary\">");
    assertSubEvents(story, Cli.run("story", id, "--store", store.toString()).out(), md, html);
  }

  /** Each sub-event has its own headline and summary, told from its own articles, in every form. */
  private static void assertSubEvents(JsonNode story, String text, String md, String html) {
    assertThat(story.get("sub_events").size()).as("the sample story's sub-events").isGreaterThan(1);
    for (JsonNode sub : story.get("sub_events")) {
      String headline = sub.get("headline").asText();
      assertThat(headline).isNotBlank();
      int words = 0;
      for (JsonNode s : sub.get("summary").get("sentences")) {
        words += s.asText().split("\\s+").length;
      }
      assertThat(words).as("sub-event %s", sub.get("number")).isBetween(1, 60);
      for (JsonNode src : sub.get("summary").get("sources")) {
        assertThat(sub.get("articles").toString()).as("a sentence of sub-event %s is from its articles", sub.get("number"))
            .contains(src.get("article").asText());
      }
      String first = sub.get("summary").get("sentences").get(0).asText();
      assertThat(text).contains("Sub-event " + sub.get("number").asInt()).contains(headline).contains("| " + first);
      assertThat(md).contains("### " + sub.get("number").asInt() + ". " + headline);
      assertThat(html).contains("<strong class=\"headline\">");
    }
    assertThat(md).contains("## Sub-events");
  }
}
