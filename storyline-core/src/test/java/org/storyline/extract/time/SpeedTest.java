package org.storyline.extract.time;

import org.storyline.testing.CpuTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The tagger must stay linear: a megabyte of news-like text, with or without full stops. */
class SpeedTest {

  private static final String PARAGRAPH =
      "Russian and Ukrainian officials met on Monday in Geneva, and talks will resume next week. "
          + "The ministers said the call was requested by Moscow last month, 200,000 troops remain near the border. "
          + "Prices climbed 3.5% over the past week; a summit could follow in February 2022 or early next year.\n\n";

  private static String megabyte(boolean stops) {
    StringBuilder sb = new StringBuilder(1 << 20);
    while (sb.length() < 1 << 20) {
      sb.append(stops ? PARAGRAPH : PARAGRAPH.replace('.', ' ').replace(";", " ").replace("\n", " "));
    }
    return sb.toString();
  }

  @Test
  void tag_oneMegabyte_takesWellUnderFiveSeconds() {
    TimeTagger tagger = new RuleTimeTagger();
    for (boolean stops : new boolean[] {true, false}) {
      String text = megabyte(stops);
      tagger.tag(text.substring(0, 100_000), LocalDate.of(2022, 1, 24)); // warm up
      long t0 = CpuTime.nanos();
      int found = tagger.tag(text, LocalDate.of(2022, 1, 24)).size();
      double seconds = (CpuTime.nanos() - t0) / 1e9;
      assertThat(found).isGreaterThan(10_000);
      // the target is > 1 MB/s; the bound is loose because test machines are shared
      assertThat(seconds).as("CPU seconds for 1 MB, full stops: " + stops).isLessThan(5.0);
    }
  }
}
