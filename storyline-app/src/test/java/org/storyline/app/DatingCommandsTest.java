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
