package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undated inputs get an inferred date, with its evidence, in annotate and analyze. */
class DatingCommandsTest {

  private static final String UNDATED = "Talks in Geneva\n"
      + "Officials met in Stockholm on January 20, 2022. On Monday, the minister said the plan was ready.\n"
      + "The minister will meet allies Monday in Brussels. Talks will be held in Geneva on February 10, 2022.\n";

  @TempDir Path dir;

  @Test
  void annotateJson_undatedFile_showsAnInferredDateWithEvidence() throws IOException {
    Path file = Files.writeString(dir.resolve("undated.txt"), UNDATED);
    Cli.Run run = Cli.run("annotate", file.toString(), "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode published = new ObjectMapper().readTree(run.out()).get("published");
    assertThat(published.get("date").asText()).isEqualTo("2022-01-24");
    assertThat(published.get("source").asText()).isEqualTo("INFERRED");
    assertThat(published.get("confidence").asDouble()).isBetween(0.0, 1.0);
    JsonNode evidence = published.get("evidence");
    assertThat(evidence.isArray()).isTrue();
    assertThat(evidence.findValuesAsText("kind")).contains("WEEKDAY_BOTH_TENSES", "ABSOLUTE_DATE_PAST", "ABSOLUTE_DATE_FUTURE");
    JsonNode first = evidence.get(0);
    assertThat(first.get("text").asText()).isEqualTo(UNDATED.substring(first.get("src_start").asInt(), first.get("src_end").asInt()));
    assertThat(first.get("explanation").asText()).isNotBlank();
    assertThat(run.out()).contains("\"time_anchor\" : \"2022-01-24\"");
  }

  @Test
  void evalDating_datesEachDatedArticleAgain_andCountsHowFarOffItIs() throws IOException {
    // story a: the second report's text pins its own day (a weekday in both tenses, after a full date),
    // the first's only says "on or after January 20" and goes to that day (its own date before its
    // peer's), a day early;
    // story b: one report whose only year names a thing ("the 1918 pandemic") and that no peer helps date
    Path file = Files.writeString(dir.resolve("dated.jsonl"), String.join("\n",
        "{\"id\": \"a1\", \"story\": \"a\", \"date\": \"2022-01-21\", \"text\": \"Officials met in Stockholm on January 20, 2022.\"}",
        "{\"id\": \"a2\", \"story\": \"a\", \"date\": \"2022-01-24\", \"text\": \"" + UNDATED.replace("\n", " ") + "\"}",
        "{\"id\": \"b1\", \"story\": \"b\", \"date\": \"2009-04-27\", \"text\": \"Experts compare it with the 1918 pandemic.\"}")
        + "\n");
    Cli.Run run = Cli.run("eval", "dating", "--data", file.toString(), "--label", "story", "--errors", "3");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 groups").contains("articles 3, dated 2 (0.667)").contains("within  0 days      1 (0.333)")
        .contains("within  1 day       2 (0.667)").contains("over a year off    0").contains("-1 days  gold 2022-01-21  dated 2022-01-20");
    Cli.Run alone = Cli.run("eval", "dating", "--data", file.toString(), "--label", "story", "--alone");
    assertThat(alone.out()).contains("each article alone").contains("articles 3, dated 2");
    Cli.Run noLabel = Cli.run("eval", "dating", "--data", file.toString());
    assertThat(noLabel.status()).isEqualTo(2);
    assertThat(noLabel.err()).contains("--label");
  }

  @Test
  void annotateText_undatedFile_explainsTheDate() throws IOException {
    Path file = Files.writeString(dir.resolve("undated.txt"), UNDATED);
    Cli.Run run = Cli.run("annotate", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2022-01-24?").contains("Date inferred: 2022-01-24").contains("WEEKDAY_BOTH_TENSES");
  }

  @Test
  void annotate_givenDate_isNotInferred() throws IOException {
    Path file = Files.writeString(dir.resolve("undated.txt"), UNDATED);
    Cli.Run run = Cli.run("annotate", file.toString(), "--date", "2022-01-25", "--format", "json");
    assertThat(run.out()).contains("\"source\" : \"USER\"").doesNotContain("INFERRED").doesNotContain("evidence");
  }

  @Test
  void analyze_seeds_showsInferredDatesWithAQuestionMark() {
    Cli.Run run = Cli.run("analyze", Cli.seeds().toString(), "--store", dir.resolve("s.db").toString(),
        "--report", dir.resolve("r.html").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("2021-12-06? · Fox News").contains("2021-12-29? · Stars and Stripes");
  }
}
