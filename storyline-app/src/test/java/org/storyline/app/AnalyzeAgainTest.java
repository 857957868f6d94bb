package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} run again with nothing new prints what it printed and keeps its report (only the
 * run line is written anew); anything new in the store makes the report again.
 */
class AnalyzeAgainTest {

  @TempDir Path dir;

  private static final String ONE = """
      {"id":"1","title":"Storm in Maine","text":"A storm hit the coast of Maine on Monday, officials said. Power was cut to 20,000 homes and roads were closed across the county for the night.","published":"2022-01-10"}
      {"id":"2","title":"Maine storm cuts power","text":"A storm hit the coast of Maine on Monday. Thousands of homes lost power, and the roads stayed closed across the county until the morning, officials said.","published":"2022-01-10"}
      """;
  private static final String TWO = """
      {"id":"3","title":"Fire in Ohio","text":"A fire destroyed a warehouse in Dayton, Ohio, on Friday night, the fire chief said. Nobody was hurt, and the cause is not yet known.","published":"2022-02-04"}
      """;

  private Cli.Run analyze(Path in, Path report) {
    return Cli.run("analyze", in.toString(), "--store", dir.resolve("s.db").toString(), "--report", report.toString());
  }

  @Test
  void analyzeAgain_nothingNew_keepsTheReport_andSomethingNew_makesItAgain() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, ONE);
    Path report = dir.resolve("r.html");
    Cli.Run first = analyze(in, report);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(Files.readString(report)).contains("(2 new, 0 already stored)");
    // a line no rendering writes: it stays only if the report is kept, not made again
    Files.writeString(report, "<!-- kept -->\n", StandardOpenOption.APPEND);
    Files.setLastModifiedTime(in, FileTime.from(Instant.now().plusSeconds(60)));

    Cli.Run again = analyze(in, report);

    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).startsWith("Read 1 file: 2 articles (0 new, 2 already stored)");
    assertThat(dropFirstLine(again.out())).as("the rest of what is printed").isEqualTo(dropFirstLine(first.out()));
    String kept = Files.readString(report);
    assertThat(kept).contains("(0 new, 2 already stored)").doesNotContain("(2 new, 0 already stored)").endsWith("<!-- kept -->\n");

    Files.writeString(in, TWO, StandardOpenOption.APPEND);
    Cli.Run third = analyze(in, report);

    assertThat(third.status()).as(third.err()).isZero();
    assertThat(third.out()).startsWith("Read 1 file: 3 articles (1 new, 2 already stored)");
    String made = Files.readString(report);
    assertThat(made).contains("Fire in Ohio", "Storm in Maine").doesNotContain("<!-- kept -->");
  }

  private static String dropFirstLine(String s) {
    return s.substring(s.indexOf('\n') + 1);
  }
}
