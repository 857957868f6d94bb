package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report shows what articles say, and links only web addresses: an article cannot run script in it. */
class ReportSafetyTest {

  @TempDir Path dir;

  @Test
  void aJavascriptAddress_isShownButNotLinked_andMarkupIsEscaped() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, """
        {"id":"1","url":"javascript:alert(document.domain)","title":"<script>alert(1)</script> Storm","text":"A storm hit the coast of Maine on Monday, officials said. Power was cut to 20,000 homes and roads were closed across the county for the night.","published":"2022-01-10"}
        {"id":"2","url":"https://example.org/news/storm","title":"Storm in Maine","text":"A storm hit the coast of Maine on Monday. Thousands of homes lost power, and the roads stayed closed across the county until the morning, officials said.","published":"2022-01-10"}
        """);
    Path report = dir.resolve("r.html");
    Cli.Run run = Cli.run("analyze", in.toString(), "--store", dir.resolve("s.db").toString(), "--report", report.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(report);
    assertThat(html).doesNotContain("href=\"javascript").doesNotContain("<script>alert")
        .contains("javascript:alert(document.domain)", "&lt;script&gt;", "href=\"https://example.org/news/storm\"");
  }
}
