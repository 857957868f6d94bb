package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code eval quotes} and of the quotes in {@code annotate --format json}. */
class QuotesCliTest {

  private static Path tinyPolnear() throws Exception {
    return Path.of(QuotesCliTest.class.getClassLoader().getResource("quote/polnear").toURI());
  }

  @Test
  void evalQuotes_printsEveryVariantAndTheSpeed() throws Exception {
    Cli.Run run = Cli.run("eval", "quotes", "--data", tinyPolnear().toString(), "--errors", "5");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 documents")
        .containsPattern("direct quotes +2 ")
        .containsPattern("direct quotes, gold cut to the quoted words +2 ")
        .containsPattern("all attributions +3 ")
        .contains("spk-acc", "e2e-R", "tokens/s");
    // the Kirby quote, both its parts, with its speaker: found, right speaker
    assertThat(run.out()).containsPattern("direct quotes +2 +\\d+ +[12] ");
  }

  @Test
  void evalQuotes_misses_countTheGoldQuotesNotFoundWithTheirSpeaker() throws Exception {
    Cli.Run run = Cli.run("eval", "quotes", "--data", tinyPolnear().toString(), "--no-speed", "--misses");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("end-to-end misses on direct quotes, by kind").contains("the one scored pass");
  }

  @Test
  void evalQuotes_foldsOutsideThePool_areAUsageError() throws Exception {
    Cli.Run run = Cli.run("eval", "quotes", "--data", tinyPolnear().toString(), "--part", "UNTOUCHED", "--folds", "1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("within the pool only");
  }

  @Test
  void evalQuotes_withoutPolnearLayout_failsWithAMessage(@TempDir Path dir) {
    Cli.Run run = Cli.run("eval", "quotes", "--data", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("text/ and attributions/");
  }

  @Test
  void evalQuotes_needsData() {
    Cli.Run run = Cli.run("eval", "quotes");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--data");
  }

  @Test
  void annotateJson_listsQuotesWithSpeakerCueAndOffsetsIntoBothTexts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    String source = " date 2022-01-24\nTroops on alert\n\n\"We are ready,\" Pentagon spokesman John Kirby said.\n\n"
        + "\"We are not deploying them now,\" he added.\n";
    Files.writeString(file, source);
    Cli.Run run = Cli.run("annotate", file.toString(), "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode article = new ObjectMapper().readTree(run.out());
    String text = article.get("text").asText();
    JsonNode quotes = article.get("quotes");
    assertThat(quotes).hasSize(2);
    JsonNode first = quotes.get(0);
    JsonNode part = first.get("content").get(0);
    assertThat(part.get("text").asText()).isEqualTo("\"We are ready,\"");
    assertThat(text.substring(part.get("start").asInt(), part.get("end").asInt())).isEqualTo("\"We are ready,\"");
    assertThat(source.substring(part.get("src_start").asInt(), part.get("src_end").asInt())).isEqualTo("\"We are ready,\"");
    assertThat(first.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(first.get("speaker").get("name").asText()).isEqualTo("John Kirby");
    assertThat(first.get("speaker").get("kind").asText()).isEqualTo("PERSON");
    JsonNode second = quotes.get(1).get("speaker");
    assertThat(second.get("name").asText()).isEqualTo("John Kirby");
    JsonNode mention = second.get("mention");
    assertThat(source.substring(mention.get("src_start").asInt(), mention.get("src_end").asInt())).isEqualTo("he");
    assertThat(second.get("antecedent").get("text").asText()).endsWith("John Kirby");
  }

  @Test
  void annotateText_listsQuotesWithTheirSpeakers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, " date 2022-01-24\nTroops on alert\n\n\"We are ready,\" Pentagon spokesman John Kirby said.\n\n"
        + "\"We are not deploying them now,\" he added.\n");
    Cli.Run run = Cli.run("annotate", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Quotes:")
        .contains("DIRECT  John Kirby (person, \"Pentagon spokesman John Kirby\") said: \"We are ready,\"")
        .contains("DIRECT  John Kirby (person, \"he\") added: \"We are not deploying them now,\"");
  }
}
