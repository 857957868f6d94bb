package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeCommandsTest {

  private static final String HEAD = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>t1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-24" temporalFunction="false" functionInDocument="CREATION_TIME">2022-01-24</TIMEX3></DCT>
      <TEXT>
      """;

  @TempDir Path dir;

  @Test
  void evalTime_scoresAGoldFolder() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("a.tml"), HEAD
        + "Biden met allies on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-24\">Monday</TIMEX3>. "
        + "Talks resume <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2022-02\">next month</TIMEX3>.\n</TEXT>\n</TimeML>\n");
    Cli.Run run = Cli.run("eval", "time", "--data", gold.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("documents 1, gold 2, system 2").containsPattern("relaxed\\s+1\\.000\\s+1\\.000\\s+1\\.000")
        .contains("value F1 1.000");
  }

  @Test
  void tagTime_addsTimex3TagsAndLeavesTheTextAlone() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    String text = "Biden met allies on Monday. Talks resume next month.";
    Files.writeString(in.resolve("a.tml"), HEAD + text + "\n</TEXT>\n</TimeML>\n");
    Cli.Run run = Cli.run("tag-time", dir.resolve("in").toString(), dir.resolve("out").toString());
    assertThat(run.status()).as(run.err()).isZero();
    String tagged = Files.readString(dir.resolve("out/sub/a.tml"));
    assertThat(tagged).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-24\">Monday</TIMEX3>")
        .contains("value=\"2022-02\">next month</TIMEX3>");
    String body = tagged.substring(tagged.indexOf("<TEXT>"), tagged.indexOf("</TEXT>")).replaceAll("</?TIMEX3[^>]*>", "");
    assertThat(body).isEqualTo("<TEXT>\n" + text + "\n");
    assertThat(run.out()).contains("Tagged 1 of 1 files: 2 time expressions");
  }

  @Test
  void tagTime_reportsABrokenFileAndGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.tml"), HEAD + "They met on Monday.\n</TEXT>\n</TimeML>\n");
    Files.writeString(in.resolve("broken.tml"), "<TimeML><TEXT>no DCT and no end");
    Cli.Run run = Cli.run("tag-time", in.toString(), dir.resolve("out").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.isBlank())).singleElement().asString().contains("broken.tml").contains("error");
    assertThat(dir.resolve("out/good.tml")).exists();
  }

  @Test
  void tagTime_readsTempEval3TestInputsAndWritesThemUnderTheGoldName() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    String text = "Biden met allies on Monday.";
    Files.writeString(in.resolve("APW19980227.0489.tml.TE3input"), HEAD + text + "\n</TEXT>\n</TimeML>\n");
    Files.writeString(dir.resolve("in/b.tml"), HEAD + "Talks resume next month.\n</TEXT>\n</TimeML>\n");
    Cli.Run run = Cli.run("tag-time", dir.resolve("in").toString(), dir.resolve("out").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("out/sub/APW19980227.0489.tml")).content()
        .contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-24\">Monday</TIMEX3>");
    assertThat(dir.resolve("out/sub/APW19980227.0489.tml.TE3input")).doesNotExist();
    assertThat(dir.resolve("out/b.tml")).exists();
    assertThat(run.out()).contains("Tagged 2 of 2 files: 2 time expressions");
  }

  @Test
  void tagTime_reportsAnInputWhoseOutputNameIsTaken() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.tml"), HEAD + "They met on Monday.\n</TEXT>\n</TimeML>\n");
    Files.writeString(in.resolve("a.tml.TE3input"), HEAD + "They met next month.\n</TEXT>\n</TimeML>\n");
    Cli.Run run = Cli.run("tag-time", in.toString(), dir.resolve("out").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.isBlank())).singleElement().asString()
        .contains("a.tml.TE3input").contains("same output name");
    assertThat(dir.resolve("out/a.tml")).content().contains("Monday</TIMEX3>").doesNotContain("next month</TIMEX3>");
  }

  @Test
  void tagTime_failsOnAFolderWithoutInputs() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("notes.txt"), "not TimeML");
    Files.writeString(in.resolve("a.tml.bak"), HEAD + "They met on Monday.\n</TEXT>\n</TimeML>\n");
    Cli.Run run = Cli.run("tag-time", in.toString(), dir.resolve("out").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.isBlank())).singleElement().asString()
        .contains("no .tml or .tml.TE3input files in " + in);
    assertThat(run.out()).doesNotContain("Tagged");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void tagTime_rejectsAPathThatIsNotAFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("a.tml"), HEAD + "They met on Monday.\n</TEXT>\n</TimeML>\n");
    Cli.Run run = Cli.run("tag-time", file.toString(), dir.resolve("out").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("not a folder");
  }

  @Test
  void annotate_listsTimexesWithOffsetsIntoBothTexts() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, " date 2022-01-24 Blinken held talks with Lavrov on Friday.\n");
    Cli.Run run = Cli.run("annotate", file.toString(), "--format", "json");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    var timex = json.get("timexes").get(0);
    assertThat(timex.get("value").asText()).isEqualTo("2022-01-21");
    assertThat(timex.get("text").asText()).isEqualTo("Friday");
    String source = Files.readString(file);
    assertThat(source.substring(timex.get("src_start").asInt(), timex.get("src_end").asInt())).isEqualTo("Friday");
    assertThat(json.get("time_anchor").asText()).isEqualTo("2022-01-24");
  }
}
