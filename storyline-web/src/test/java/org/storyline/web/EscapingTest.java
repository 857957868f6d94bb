package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The pieces that keep article text inert: links, JSON in a page, the runs of marked text. */
class EscapingTest {

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,<script>x</script>",
      "vbscript:x", "//evil.example/x", "/relative", "http:/no-host", "file:///etc/passwd", "ftp://example.org/x"})
  void links_onlyAbsoluteHttpBecomeLinks(String address) {
    assertThat(Links.safe(address)).isEmpty();
  }

  @Test
  void links_httpAndHttpsPass() {
    assertThat(Links.safe("https://example.org/a?b=c")).contains("https://example.org/a?b=c");
    assertThat(Links.safe("HTTP://Example.org/")).isPresent();
  }

  @Test
  void pageJson_cannotCloseItsScriptBlock() throws Exception {
    String text = "</script><script>alert('x')</script><!-- & \u2028";
    String json = Json.forPage(Map.of("t", text)).text();
    assertThat(Json.MAPPER.readTree(json).get("t").asText()).as("the same text once parsed").isEqualTo(text);
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("'").doesNotContain("\u2028");
    assertThat(json).contains("\\u003C\\u002Fscript\\u003E");
  }

  @Test
  void segments_innermostMarkWinsAndTheTextIsKeptWhole() {
    String text = "He said \"Putin came on Monday\" today.";
    List<StoryData.Annotation> notes = List.of(
        new StoryData.Annotation("quote", 8, 30, "", "quote: he"),
        new StoryData.Annotation("entity", 9, 14, "Putin", "PERSON: Putin"),
        new StoryData.Annotation("time", 23, 29, "Monday", "date 2021-12-06"),
        new StoryData.Annotation("claim", 30, 99, "", "past the end"));
    List<Segments.Segment> runs = Segments.of(text, notes);
    assertThat(String.join("", runs.stream().map(Segments.Segment::text).toList())).isEqualTo(text);
    assertThat(runs).contains(new Segments.Segment("Putin", "entity", "PERSON: Putin"),
        new Segments.Segment("Monday", "time", "date 2021-12-06"), new Segments.Segment(" came on ", "quote", "quote: he"));
    assertThat(runs.get(0)).isEqualTo(new Segments.Segment("He said ", null, null));
  }
}
