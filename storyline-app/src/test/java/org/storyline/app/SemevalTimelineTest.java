package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tag-timeline} and {@code eval timeline} on a two-document CAT corpus of our own. */
class SemevalTimelineTest {

  private static final String LINE = "\\d+\t(\\d{4}(-\\d\\d(-\\d\\d)?)?|XXXX-XX-XX)(\t\\d+-\\d+-\\S+)+";

  @TempDir Path dir;

  /** A CAT document: sentences of space-separated tokens, numbered as the task numbers them. */
  private static String cat(String id, String created, String... sentences) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"" + id + "\" doc_name=\"" + id + "-x\">\n");
    int t = 1;
    for (int s = 0; s < sentences.length; s++) {
      for (String w : sentences[s].split(" ")) {
        xml.append("<token number=\"").append(t - 1).append("\" sentence=\"").append(s).append("\" t_id=\"").append(t++)
            .append("\">").append(w).append("</token>\n");
      }
    }
    return xml.append("<Markables><TIMEX3 functionInDocument=\"CREATION_TIME\" m_id=\"1\" type=\"DATE\" value=\"")
        .append(created).append("\"></TIMEX3></Markables></Document>\n").toString();
  }

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("data/Corpus-test"));
    Files.writeString(in.resolve("1.xml"), cat("1", "2010-06-07", "Apple unveils iPhone 4", "June 7 , 2010",
        "Steve Jobs unveiled the iPhone 4 in San Francisco on Monday .", "Jobs said the phone will ship on June 24 ."));
    Files.writeString(in.resolve("2.xml"), cat("2", "2011-08-25", "Steve Jobs resigns",
        "Steve Jobs resigned as chief executive of Apple on Wednesday ."));
    return in;
  }

  @Test
  void tagTimeline_writesOneTaskFilePerTarget() throws IOException {
    Path in = corpus();
    Path targets = Files.writeString(dir.resolve("targets.txt"), "Steve Jobs\niPhone 4\n\n");
    Cli.Run run = Cli.run("tag-timeline", in.toString(), "--targets", targets.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> jobs = Files.readAllLines(dir.resolve("out/steve_jobs.txt"));
    assertThat(jobs.get(0)).isEqualTo("Steve Jobs");
    assertThat(jobs.subList(1, jobs.size())).isNotEmpty().allMatch(l -> l.matches(LINE));
    assertThat(jobs).anyMatch(l -> l.matches("\\d+\t2011-08-24\t2-1-resigned")) // "on Wednesday" before the DCT
        // a past verb is not dated by another event's later day ("said" was June 7, the shipping June 24)
        .anyMatch(l -> l.matches("\\d+\t2010-06-07\t1-3-said")).anyMatch(l -> l.matches("\\d+\t2010-06-24\t1-3-ship"));
    assertThat(Files.readAllLines(dir.resolve("out/iphone_4.txt")).get(0)).isEqualTo("iPhone 4");
    assertThat(run.out()).contains("2 timelines").contains("from 2 documents");
  }

  @Test
  void tagTimeline_reportDay_datesASayingByItsReport() throws IOException {
    Path in = corpus();
    Path targets = Files.writeString(dir.resolve("targets.txt"), "Steve Jobs\n");
    Cli.Run run = Cli.run("tag-timeline", in.toString(), "--targets", targets.toString(), "--out", dir.resolve("out").toString(),
        "--reporting", "REPORT_DAY");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out/steve_jobs.txt"))).anyMatch(l -> l.matches("\\d+\t2010-06-07\t1-3-said"));
  }

  @Test
  void tagTimeline_reportsABrokenDocumentAndGoesOn() throws IOException {
    Path in = corpus();
    Files.writeString(in.resolve("broken.xml"), "<Document doc_id=\"3\"><token sentence=\"0\" t_id=\"x\">a</token></Document>");
    Path targets = Files.writeString(dir.resolve("targets.txt"), "Steve Jobs\n");
    Cli.Run run = Cli.run("tag-timeline", in.toString(), "--targets", targets.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.isBlank())).singleElement().asString()
        .contains("broken.xml").contains("t_id is not a number");
    assertThat(dir.resolve("out/steve_jobs.txt")).exists();
  }

  @Test
  void evalTimeline_scoresGoldAgainstItselfAsPerfectAndBuildsOnTheData() throws IOException {
    corpus();
    Path gold = Files.createDirectories(dir.resolve("data/TimeLines_test"));
    Files.writeString(gold.resolve("steve_jobs.txt"), "Steve Jobs\n1\t2010-06-07\t1-2-unveiled\n2\t2011-08-24\t2-1-resigned\n");
    Cli.Run self = Cli.run("eval", "timeline", "--data", dir.resolve("data").toString(), "--system", gold.toString());
    assertThat(self.status()).as(self.err()).isZero();
    assertThat(self.out()).contains("micro P 100.0000 R 100.0000 F1 100.0000");
    Cli.Run built = Cli.run("eval", "timeline", "--data", dir.resolve("data").toString(), "--out", dir.resolve("sys").toString());
    assertThat(built.status()).as(built.err()).isZero();
    assertThat(dir.resolve("sys/steve_jobs.txt")).exists();
    assertThat(built.out()).containsPattern("steve_jobs.txt +P +\\d").containsPattern("micro P \\d+\\.\\d{4} R");
  }
}
