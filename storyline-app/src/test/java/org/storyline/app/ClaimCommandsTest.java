package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code eval claims}, {@code claims} and the claims of {@code annotate}. */
class ClaimCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void evalClaims_scoresATinyGoldFileOverADataFolder() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data/news"));
    String text = "Police said four people were hurt. The 45-year-old man was arrested in 2014.";
    Files.writeString(data.resolve("paper_2016-02-18_story.txt"), text);
    Files.writeString(dir.resolve("data/reports.jsonl"),
        "{\"id\": \"r1\", \"dct\": \"2015-03-02\", \"content\": \"Two men were shot, according to police.\"}\n");
    int four = text.indexOf("four");
    String gold = String.join("\n",
        "{\"file\": \"news/paper_2016-02-18_story.txt\", \"sentence\": [0, 34], \"claims\": [{\"quantity\": [" + four + ", "
            + (four + 4) + "], \"value\": 4, \"qualifier\": \"NONE\", \"subject\": \"people\", \"source\": \"Police\", \"modality\": \"COUNT\"}]}",
        "{\"file\": \"news/paper_2016-02-18_story.txt\", \"sentence\": [35, " + text.length() + "], \"claims\": []}",
        "{\"file\": \"reports.jsonl#r1\", \"sentence\": [0, 39], \"claims\": [{\"quantity\": [0, 3], \"value\": 2, \"qualifier\": \"NONE\", "
            + "\"subject\": \"men\", \"source\": \"police\", \"modality\": \"COUNT\"}]}");
    Files.writeString(dir.resolve("gold.jsonl"), gold + "\n");
    Cli.Run run = Cli.run("eval", "claims", "--gold", dir.resolve("gold.jsonl").toString(), "--data", dir.resolve("data").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("sentences 3, gold claims 2, system claims 2, matched 2")
        .contains("precision 1.000  recall 1.000")
        .contains("subject 1.000  qualifier 1.000  source 1.000  modality 1.000")
        .contains("extract stage over 2 texts");
  }

  @Test
  void evalClaims_scoresTwoHalvesAsOneSet_withTheFiguresOfEachSource() throws IOException {
    // a T17-like record (text, date) and an ECB+-like one (content, no date); the second holds a score, not a claim
    Files.createDirectories(dir.resolve("data"));
    String t17 = "Officials said 109 cases were confirmed.\nThe 70 or so orphans all survived.";
    String ecb = "The Jays took a 7 - 0 lead. Police found two women dead.";
    Files.writeString(dir.resolve("data/topic.jsonl"), "{\"id\": \"a-1\", \"date\": \"2009-04-30\", \"text\": " + JSON.writeValueAsString(t17) + "}\n");
    Files.writeString(dir.resolve("data/ecb.jsonl"), "{\"id\": \"1_2ecb\", \"dct\": \"None\", \"content\": " + JSON.writeValueAsString(ecb) + "}\n");
    int n109 = t17.indexOf("109");
    int n70 = t17.indexOf("70");
    int two = ecb.indexOf("two");
    Files.writeString(dir.resolve("tune.jsonl"), String.join("\n",
        line("topic.jsonl#a-1", 0, t17.indexOf('\n'), "t17", claim(n109, n109 + 3, 109, "cases", "Officials")),
        line("ecb.jsonl#1_2ecb", 0, ecb.indexOf("lead.") + 5, "ecbplus", "")) + "\n");
    Files.writeString(dir.resolve("hold.jsonl"), String.join("\n",
        line("topic.jsonl#a-1", t17.indexOf('\n') + 1, t17.length(), "t17", claim(n70, n70 + 2, 70, "orphans", null)),
        line("ecb.jsonl#1_2ecb", ecb.indexOf("Police"), ecb.length(), "ecbplus", claim(two, two + 3, 2, "women", null))) + "\n");
    Cli.Run run = Cli.run("eval", "claims", "--gold", dir.resolve("tune.jsonl").toString(), "--gold", dir.resolve("hold.jsonl").toString(),
        "--data", dir.resolve("data").toString(), "--no-timing");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("sentences 4, gold claims 3, system claims 3, matched 3")
        .contains("from ecbplus    sentences   2, gold   1, system   1: precision 1.000  recall 1.000")
        .contains("from t17        sentences   2, gold   2, system   2: precision 1.000  recall 1.000")
        .doesNotContain("extract stage");
  }

  private static String line(String file, int start, int end, String from, String claims) {
    return "{\"file\": \"" + file + "\", \"sentence\": [" + start + ", " + end + "], \"from\": \"" + from + "\", \"claims\": [" + claims + "]}";
  }

  private static String claim(int start, int end, double value, String subject, String source) {
    return "{\"quantity\": [" + start + ", " + end + "], \"value\": " + value + ", \"subject\": \"" + subject + "\", \"source\": "
        + (source == null ? "null" : "\"" + source + "\"") + "}";
  }

  @Test
  void evalClaims_namesTheLineOfABadGoldFile() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("gold.jsonl"), "{\"file\": \"x.txt\"}\n");
    Cli.Run run = Cli.run("eval", "claims", "--gold", dir.resolve("gold.jsonl").toString(), "--data", dir.resolve("data").toString());
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("gold.jsonl:1");
  }

  @Test
  void claimsJson_afterIngestOfTheSeeds_groupsTheConflictingCounts() throws IOException {
    String store = dir.resolve("s.db").toString();
    assertThat(Cli.run("ingest", Cli.seeds().toString(), "--store", store).status()).isZero();
    Cli.Run run = Cli.run("claims", "--json", "--store", store);
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode conflict = null;
    for (JsonNode g : JSON.readTree(run.out())) {
      assertThat(g.get("values").size() + g.get("more_values").asInt()).as("values listed and left out").isEqualTo(g.get("value_count").asInt());
      assertThat(g.has("claims")).as("a page lists no claims").isFalse();
      if (g.get("thing").asText().equals("troops") && g.get("modality").asText().equals("COUNT") && g.get("disagreement").asBoolean()) {
        conflict = g;
      }
    }
    assertThat(conflict).isNotNull();
    // the two values that show the disagreement come first
    assertThat(conflict.get("values").get(1).get("text").asText()).isEqualTo("more than 127,000");
    // the whole group, asked for by its id: every value, and its claims with their offsets
    Cli.Run whole = Cli.run("claims", conflict.get("id").asText(), "--json", "--store", store);
    assertThat(whole.status()).as(whole.err()).isZero();
    JsonNode group = JSON.readTree(whole.out()).get(0);
    assertThat(group.get("more_values").asInt()).isZero();
    List<String> values = new ArrayList<>();
    List<String> by = new ArrayList<>();
    group.get("values").forEach(v -> {
      values.add(v.get("text").asText());
      v.get("sources").forEach(src -> by.add(src.get("asserted_by").asText() + " " + src.get("published").asText()));
    });
    assertThat(values).contains("estimated 94,300", "approximately 100,000", "more than 127,000").doesNotContain("175,000");
    assertThat(by).anyMatch(x -> x.contains("Reznikov")).anyMatch(x -> x.contains("Ukrainian Defense Ministry") && x.contains("2022-01-24"));
    assertThat(group.get("claims")).extracting(c -> c.get("text").asText()).contains("94,300", "127,000");
    String text = Cli.run("claims", "--store", store).out();
    assertThat(text).contains("DISAGREE").contains("claims in").contains("  disagree: ").contains(" vs more than 127,000 (");
  }

  @Test
  void claims_giveEachArticlesValueOnce_withHowOften_andAPageAFewValuesAGroup() throws IOException {
    // a gallery page repeats its captions: one figure given twice by one article, and nine figures of one thing
    StringBuilder gallery = new StringBuilder(" date 2016-06-01 The city has 100,000 residents, the census said. Caption: the city has 100,000 residents.");
    for (int i = 1; i <= 8; i++) {
      gallery.append(" District ").append(i).append(" reported ").append(i * 7 + 20).append(" violent crime incidents.");
    }
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("gallery.txt"), gallery + "\n");
    String store = dir.resolve("s.db").toString();
    assertThat(Cli.run("ingest", in.toString(), "--store", store).status()).isZero();
    Cli.Run page = Cli.run("claims", "--store", store);
    assertThat(page.status()).as(page.err()).isZero();
    List<String> lines = page.out().lines().toList();
    // one line for the article's 100,000 residents, said twice: before, two identical lines
    assertThat(lines.stream().filter(l -> l.contains("100,000")).toList()).hasSize(1);
    assertThat(lines.stream().filter(l -> l.contains("the census")).toList()).singleElement().asString().endsWith("the census ×2");
    String heading = lines.stream().filter(l -> l.contains("  incidents  COUNT")).findFirst().orElseThrow();
    assertThat(heading).contains("DISAGREE").contains("8 claims from 1 article, 8 values");
    String id = heading.substring(0, heading.indexOf(' '));
    assertThat(lines).contains("  and 3 more values: storyline claims " + id);
    assertThat(lines.stream().filter(l -> l.matches("  \\d+  1 article")).count()).isEqualTo(5);
    // the group asked for by its id, or with --all: every value
    for (Cli.Run whole : List.of(Cli.run("claims", id, "--store", store), Cli.run("claims", "--all", "--store", store))) {
      assertThat(whole.status()).as(whole.err()).isZero();
      assertThat(whole.out()).contains("  76  1 article").doesNotContain("more values");
    }
    Cli.Run missing = Cli.run("claims", id.substring(0, id.indexOf('/')) + "/99", "--store", store);
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no claim group '" + id.substring(0, id.indexOf('/')) + "/99'");
    assertThat(Cli.run("claims", id.substring(0, id.indexOf('/')) + "/x", "--store", store).err()).contains("STORY/N");
  }

  @Test
  void claimsOfAStory_leaveOutOtherStoriesClaims() throws IOException {
    Path in = java.nio.file.Files.createDirectories(dir.resolve("in"));
    for (java.io.File f : Cli.seeds().toFile().listFiles()) {
      java.nio.file.Files.copy(f.toPath(), in.resolve(f.getName()));
    }
    java.nio.file.Files.writeString(in.resolve("parks.txt"), " date 2022-01-20 The Springfield city council approved "
        + "a budget of $5 million for its parks on Thursday, the mayor said. Work on the first playground starts in "
        + "spring, and the council expects more than 40 new benches along the river walk by the end of the year.\n");
    Path store = dir.resolve("s.db");
    assertThat(Cli.run("ingest", in.toString(), "--store", store.toString()).status()).isZero();
    JsonNode stories = JSON.readTree(Cli.run("stories", "--json", "--store", store.toString()).out());
    String seedStory = null;
    for (JsonNode st : stories) {
      if (st.get("article_count").asInt() == 5) {
        seedStory = st.get("id").asText();
      }
    }
    assertThat(seedStory).as("the five samples form one story").isNotNull();
    String all = Cli.run("claims", "--json", "--store", store.toString()).out();
    Cli.Run ofStory = Cli.run("claims", seedStory, "--json", "--store", store.toString());
    assertThat(ofStory.status()).as(ofStory.err()).isZero();
    assertThat(all).contains("benches");
    assertThat(ofStory.out()).doesNotContain("benches").contains("94,300");
    Cli.Run missing = Cli.run("claims", "ffffffffffffffff", "--store", store.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no story 'ffffffffffffffff'");
  }

  @Test
  void annotate_listsClaimsWithOffsetsIntoBothTexts() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, " date 2022-01-24 Russia has now deployed more than 127,000 troops to the region, officials said.\n");
    Cli.Run run = Cli.run("annotate", file.toString(), "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    JsonNode claim = json.get("claims").get(0);
    assertThat(claim.get("value").asDouble()).isEqualTo(127_000);
    assertThat(claim.get("qualifier").asText()).isEqualTo("MORE_THAN");
    assertThat(claim.get("modality").asText()).isEqualTo("COUNT");
    assertThat(claim.get("subject").get("head").asText()).isEqualTo("troops");
    assertThat(claim.get("subject").get("owner").asText()).isEqualTo("Russia");
    assertThat(claim.get("source").get("text").asText()).isEqualTo("officials");
    String source = Files.readString(file);
    String text = json.get("text").asText();
    assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo("127,000");
    assertThat(source.substring(claim.get("src_start").asInt(), claim.get("src_end").asInt())).isEqualTo("127,000");
    JsonNode place = claim.get("place");
    assertThat(source.substring(place.get("src_start").asInt(), place.get("src_end").asInt())).isEqualTo("to the region");
  }
}
