package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories through the command line: the sample articles, and a tiny labelled JSONL. */
class StoriesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path analyzedSeeds() {
    Path store = dir.resolve("s.db");
    Cli.Run run = Cli.run("analyze", Cli.seeds().toString(), "--store", store.toString(), "--report", dir.resolve("r.html").toString());
    assertThat(run.status()).as(run.err()).isZero();
    return store;
  }

  /** File prefix ("000") of every stored article id. */
  private static Map<String, String> filePrefixes(Path store) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (JsonNode a : JSON.readTree(Cli.run("articles", "--json", "--store", store.toString()).out())) {
      String origin = a.get("origin").asText();
      out.put(a.get("id").asText(), Path.of(origin).getFileName().toString().substring(0, 3));
    }
    return out;
  }

  @Test
  void seeds_areOneStoryWithTheGoldSubEvents() throws IOException {
    Path store = analyzedSeeds();
    JsonNode stories = JSON.readTree(Cli.run("stories", "--json", "--store", store.toString()).out());
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).get("article_count").asInt()).isEqualTo(5);
    assertThat(stories.get(0).get("first").asText()).isEqualTo("2021-12-06"); // 000, dated by inference, opens the story
    assertThat(stories.get(0).get("last").asText()).isEqualTo("2022-01-24");

    Map<String, String> file = filePrefixes(store);
    JsonNode story = JSON.readTree(Cli.run("story", stories.get(0).get("id").asText(), "--json", "--store", store.toString()).out());
    Set<Set<String>> subEvents = new java.util.HashSet<>();
    for (JsonNode sub : story.get("sub_events")) {
      Set<String> files = new TreeSet<>();
      sub.get("articles").forEach(a -> files.add(file.get(a.asText())));
      subEvents.add(files);
    }
    assertThat(subEvents).containsExactlyInAnyOrder(Set.of("000"), Set.of("002", "003"), Set.of("001", "004"));
  }

  @Test
  void stories_listsIdDatesCountOutletsHeadline() throws IOException {
    Path store = analyzedSeeds();
    Cli.Run run = Cli.run("stories", "--store", store.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2021-12-06  2022-01-24    5 articles").contains("Fox News").endsWith("1 story in " + store + "\n");
    JsonNode json = JSON.readTree(Cli.run("stories", "--json", "--store", store.toString()).out());
    assertThat(json.get(0).get("outlets").toString()).contains("Fox News", "Stars and Stripes", "CNN");
  }

  @Test
  void storyWhy_explainsEveryArticleWithFeatureScores() throws IOException {
    Path store = analyzedSeeds();
    String id = JSON.readTree(Cli.run("stories", "--json", "--store", store.toString()).out()).get(0).get("id").asText();
    Cli.Run run = Cli.run("story", id.substring(0, 6), "--why", "--store", store.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Sub-event 1", "Sub-event 3", "Why:", "STARTED", "JOINED: joined: scored", "text 0.", "names 0.", "time ");
    assertThat(run.out().lines().filter(l -> l.startsWith("  #")).count()).isEqualTo(5);
  }

  @Test
  void story_unknownId_isAUsageError() {
    Path store = analyzedSeeds();
    Cli.Run run = Cli.run("story", "ffffffff", "--store", store.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no story with id 'ffffffff'");
  }

  @Test
  void analyze_showsStoriesInTheSummaryAndReport() throws IOException {
    Path store = dir.resolve("s.db");
    Path report = dir.resolve("r.html");
    Cli.Run run = Cli.run("analyze", Cli.seeds().toString(), "--store", store.toString(), "--report", report.toString());
    assertThat(run.out()).contains("1 story:", "Sub-event 2");
    assertThat(Files.readString(report)).contains("<h2>Stories</h2>");
    JsonNode json = JSON.readTree(Cli.run("analyze", Cli.seeds().toString(), "--json", "--store", store.toString(),
        "--report", report.toString()).out());
    assertThat(json.get("stories")).hasSize(1);
  }

  /** Two events told twice each, a copy with another headline, and a near-empty page. */
  private Path tinyJsonl() throws IOException {
    String a1 = "Marcus Delany was shot on Edwards Street in Rocky Mount late Monday, police said. Officers found Delany wounded "
        + "near a parked car and paramedics took him to Nash General Hospital. Rocky Mount detectives asked anyone who saw "
        + "the shooting on Edwards Street to call. No arrest has been made and investigators have not named a suspect.";
    String a2 = "Rocky Mount police are investigating the shooting of Marcus Delany on Edwards Street. According to the "
        + "department, the gunfire broke out Monday evening and neighbours heard several shots. Delany remained at Nash "
        + "General Hospital on Tuesday. The Rocky Mount chief said patrols on Edwards Street would be increased while "
        + "the investigation goes on.";
    String b1 = "Tonya Whitfield was wounded in a shooting on Juniper Avenue in Tuscaloosa on Saturday, deputies said. "
        + "The Tuscaloosa County Sheriff's Office said Whitfield was struck in the leg outside a convenience store on "
        + "Juniper Avenue. A man seen running toward Cypress Lane is being sought, and deputies asked witnesses to call.";
    String b2 = "A woman shot outside a Juniper Avenue store in Tuscaloosa has been identified as Tonya Whitfield. Sheriff's "
        + "investigators said Whitfield is expected to recover. They are still looking for the gunman, who fled on foot "
        + "toward Cypress Lane, and have asked nearby businesses in Tuscaloosa for surveillance video of Juniper Avenue.";
    List<String> lines = List.of(
        line("r1", "A", "2016-03-07", "Man shot on Edwards Street", a1),
        line("r2", "B", "2016-03-12", "Woman shot in Tuscaloosa", b1),
        line("r3", "A", "2016-03-08", "Rocky Mount police investigate shooting", a2),
        line("r4", "B", "2016-03-13", "Victim in Juniper Avenue shooting identified", b2),
        line("r5", "A", "2016-03-07", "Another headline for the same wire copy", a1),
        line("r6", "C", "2016-03-07", "Man shot on Edwards Street", "Already a subscriber? Log in."));
    Path file = dir.resolve("tiny.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static String line(String id, String incident, String date, String title, String content) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("id", id);
    m.put("incident", incident);
    m.put("dct", date);
    m.put("title", title);
    m.put("content", content);
    try {
      return JSON.writeValueAsString(m);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void cluster_writesOneLinePerRecord_withTheRecordsOwnId() throws IOException {
    Path out = dir.resolve("assignments.tsv");
    Cli.Run run = Cli.run("cluster", tinyJsonl().toString(), "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    Map<String, String> story = Files.readAllLines(out).stream().map(l -> l.split("\t"))
        .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    assertThat(story).containsOnlyKeys("r1", "r2", "r3", "r4", "r5", "r6");
    assertThat(story.get("r1")).isEqualTo(story.get("r3")).isEqualTo(story.get("r5"));
    assertThat(story.get("r2")).isEqualTo(story.get("r4")).isNotEqualTo(story.get("r1"));
    assertThat(story.get("r6")).isNotIn(story.get("r1"), story.get("r2"));
    assertThat(run.out()).contains("6 articles in 3 stories (1 duplicates");
  }

  @Test
  void cluster_headlineOnlyRecords_areArticles_aLeadSentenceJoinsItsStory_aShortHeadlineStaysAlone() throws IOException {
    Path file = tinyJsonl();
    Files.write(file, List.of(
        line("r7", "A", "2016-03-08", "Marcus Delany was shot on Edwards Street in Rocky Mount late Monday, and officers found Delany wounded"
            + " near a parked car, police said.", ""),
        line("r8", "A", null, "Man shot on Edwards Street", null)), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("assignments.tsv");
    Cli.Run run = Cli.run("cluster", file.toString(), "--out", out.toString());

    assertThat(run.status()).as("warnings only").isZero();
    String warning = ": warning: no article text (expected one of text, content, body, article); its title is read as its text";
    assertThat(run.err().lines().toList()).containsExactly(file + ":7" + warning, file + ":8" + warning);
    Map<String, String> story = Files.readAllLines(out).stream().map(l -> l.split("\t"))
        .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    assertThat(story.get("r7")).as("a sentence of 20 words or more finds its story").isEqualTo(story.get("r1"));
    assertThat(story.values()).as("a headline of 5 words stays alone, as an empty page").containsOnlyOnce(story.get("r8"));
  }

  @Test
  void evalCluster_printsB3AndPairwiseScores() throws IOException {
    Cli.Run run = Cli.run("eval", "cluster", "--data", tinyJsonl().toString(), "--label", "incident");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("6 articles, 3 gold classes, 3 stories")
        .contains("B3        P 1.0000  R 1.0000  F1 1.0000")
        .contains("pairwise  P 1.0000  R 1.0000  F1 1.0000  (4 true of 4 predicted pairs, 4 gold pairs)");
  }

  @Test
  void evalCluster_atSubEventLevel_scoresEachStorysSubEventsAsTheGroups() throws IOException {
    Cli.Run run = Cli.run("eval", "cluster", "--data", tinyJsonl().toString(), "--label", "incident", "--level", "sub-event");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).as("each incident's reports, a day apart and naming its day, are one sub-event")
        .contains("B3        P 1.0000  R 1.0000  F1 1.0000");

    Cli.Run bad = Cli.run("eval", "cluster", "--data", tinyJsonl().toString(), "--label", "incident", "--level", "chapter");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("expected 'story' or 'sub-event', not 'chapter'");
  }

  @Test
  void evalCluster_decisions_writesEveryDecisionWithTheGoldLabelsOfBothSides() throws IOException {
    Path decisions = dir.resolve("decisions.tsv");
    Cli.Run run = Cli.run("eval", "cluster", "--data", tinyJsonl().toString(), "--label", "incident", "--decisions", decisions.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String[]> rows = Files.readAllLines(decisions).stream().map(l -> l.split("\t", -1)).toList();
    assertThat(rows.get(0)).startsWith("seq", "kind", "score", "threshold", "article", "label", "story", "story_label", "features");
    assertThat(rows).hasSize(1 + 6);
    String[] joined = rows.stream().filter(r -> r[9].equals("Rocky Mount police investigate shooting")).findFirst().orElseThrow();
    assertThat(joined[1]).isEqualTo("JOINED");
    assertThat(joined[5]).isEqualTo("A");
    assertThat(joined[7]).as("the story it joined was started by a report of incident A").isEqualTo("A");
    assertThat(joined[8]).contains("text=").contains("days=1.0000");
  }

  @Test
  void evalCluster_decisions_writesTheMergePassesMergesToo() throws IOException {
    Path decisions = dir.resolve("merges.tsv");
    // nothing joins at threshold 1, so each report starts a story; at merge threshold 0 the merge pass merges them
    Cli.Run run = Cli.run("eval", "cluster", "--data", tinyJsonl().toString(), "--label", "incident", "--set", "threshold=1",
        "--set", "merge.threshold=0", "--decisions", decisions.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String[]> merged = Files.readAllLines(decisions).stream().map(l -> l.split("\t", -1)).filter(r -> r[1].equals("MERGED")).toList();
    String[] r3 = merged.stream().filter(r -> r[9].equals("Rocky Mount police investigate shooting")).findFirst().orElseThrow();
    assertThat(r3[5]).as("the story merged away, by its first article").isEqualTo("A");
    assertThat(r3[7]).as("the story it went into, started by the older report of A").isEqualTo("A");
    assertThat(r3[10]).isEqualTo("Man shot on Edwards Street");
    assertThat(r3[8]).contains("text=");
  }

  @Test
  void evalCluster_unknownSetting_isAUsageErrorNamingIt() throws IOException {
    Cli.Run run = Cli.run("eval", "cluster", "--data", tinyJsonl().toString(), "--label", "incident", "--set", "treshold=0.3");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown parameters: [treshold]");
  }
}
