package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TimeMlTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = TimeMlTest.class.getResourceAsStream("/time/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The file with the TIMEX3 tags inside TEXT removed. */
  private static String withoutTextTimexes(String raw) {
    int i = raw.indexOf("<TEXT>");
    return raw.substring(0, i) + raw.substring(i).replaceAll("<TIMEX3 [^>]*>", "").replace("</TIMEX3>", "");
  }

  @Test
  void parse_sample_readsDctTextAndGold() throws IOException {
    TimeMlDocument doc = TimeMlDocument.parse(resource("sample.tml"), "sample.tml");
    assertThat(doc.creationDate()).isEqualTo(LocalDate.of(2021, 12, 6));
    assertThat(doc.text()).startsWith("\nBiden and Putin are set to hold a video call on Tuesday evening,");
    assertThat(doc.text()).contains("early last month & officials met");
    assertThat(doc.text()).doesNotContain("<");
    assertThat(doc.timexes()).extracting(Timex::text)
        .containsExactly("Tuesday evening", "early last month", "Thursday", "weeks");
    Timex early = doc.timexes().get(1);
    assertThat(early.span().of(doc.text())).isEqualTo("early last month");
    assertThat(early.value()).isEqualTo(TimexValue.parse("2021-11"));
    assertThat(early.mod()).isEqualTo(TimexMod.START);
    assertThat(doc.timexes().get(3).type()).isEqualTo(TimexType.DURATION);
  }

  /**
   * The TempEval-3 test inputs ({@code NAME.tml.TE3input}) carry the DCT and a TEXT with no tags at
   * all: no gold TIMEX3, no EVENT, no SIGNAL. Reading and tagging must not lean on any of them.
   */
  @Test
  void parse_te3InputWithNoTagsInText_givesTheSameTextAndTheSameTags() throws IOException {
    String annotated = resource("sample.tml");
    int text = annotated.indexOf("<TEXT>") + "<TEXT>".length();
    int end = annotated.indexOf("</TEXT>");
    String te3Input = annotated.substring(0, text) + annotated.substring(text, end).replaceAll("<[^>]+>", "") + annotated.substring(end);
    TimeMlDocument gold = TimeMlDocument.parse(annotated, "sample.tml");
    TimeMlDocument input = TimeMlDocument.parse(te3Input, "sample.tml.TE3input");
    assertThat(input.timexes()).isEmpty();
    assertThat(input.creationDate()).isEqualTo(gold.creationDate());
    assertThat(input.text()).isEqualTo(gold.text());
    RuleTimeTagger tagger = new RuleTimeTagger();
    assertThat(tagger.tag(input.text(), input.creationDate())).isEqualTo(tagger.tag(gold.text(), gold.creationDate()))
        .extracting(Timex::text).contains("Tuesday evening", "early last month");
  }

  @Test
  void insert_nothing_givesTheIdenticalFile() throws IOException {
    String raw = resource("sample.tml");
    assertThat(TimeMlWriter.insert(raw, List.of(), "sample.tml")).isEqualTo(raw);
  }

  @Test
  void insert_goldIntoStrippedFile_givesTheGoldPlacement() throws IOException {
    String stripped = resource("sample-notimex.tml");
    TimeMlDocument gold = TimeMlDocument.parse(resource("sample.tml"), "sample.tml");
    String written = TimeMlWriter.insert(stripped, gold.timexes(), "sample-notimex.tml");
    TimeMlDocument back = TimeMlDocument.parse(written, "written");
    assertThat(back.text()).isEqualTo(gold.text());
    assertThat(back.timexes()).isEqualTo(gold.timexes());
    assertThat(written).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-12-07\">Tuesday evening</TIMEX3>");
    assertThat(written).contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-11\" mod=\"START\">early last month</TIMEX3>");
    assertThat(written).contains("<SIGNAL sid=\"s1\">on</SIGNAL> <TIMEX3 tid=\"t3\"");
    // only the tags were added: removing them gives the input back
    assertThat(withoutTextTimexes(written)).isEqualTo(stripped);
  }

  @Test
  void insert_ourTagger_keepsTextAndEvents() throws IOException {
    String stripped = resource("sample-notimex.tml");
    TimeMlDocument doc = TimeMlDocument.parse(stripped, "sample-notimex.tml");
    List<Timex> ours = new RuleTimeTagger().tag(doc.text(), doc.creationDate());
    String written = TimeMlWriter.insert(stripped, ours, "sample-notimex.tml");
    TimeMlDocument back = TimeMlDocument.parse(written, "written");
    assertThat(back.text()).isEqualTo(doc.text());
    assertThat(back.timexes()).extracting(Timex::span).containsExactlyElementsOf(ours.stream().map(Timex::span).toList());
    assertThat(withoutTextTimexes(written)).isEqualTo(stripped);
  }

  @Test
  void insert_crossingAnEvent_isSkipped() throws IOException {
    String stripped = resource("sample-notimex.tml");
    TimeMlDocument doc = TimeMlDocument.parse(stripped, "sample-notimex.tml");
    int start = doc.text().indexOf("are set");
    Span crossing = Span.of(start, start + "are se".length());
    Timex bad = new Timex(crossing, TimexType.DATE, TimexValue.Ref.PRESENT_REF, null, crossing.of(doc.text()));
    List<Timex> skipped = new ArrayList<>();
    String written = TimeMlWriter.insert(stripped, List.of(bad), "sample-notimex.tml", skipped::add);
    assertThat(written).isEqualTo(stripped);
    assertThat(skipped).containsExactly(bad);
  }

  @Test
  void parse_withoutDct_namesTheOrigin() {
    assertThatThrownBy(() -> TimeMlDocument.parse("<TimeML><TEXT>x</TEXT></TimeML>", "broken.tml"))
        .isInstanceOf(TimeMlException.class)
        .hasMessageContaining("broken.tml")
        .hasMessageContaining("DCT");
  }

  @Test
  void parse_unclosedTag_namesTheOffset() {
    String raw = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-12-06\">x</TIMEX3></DCT><TEXT>a <EVENT b</TEXT>";
    assertThatThrownBy(() -> TimeMlDocument.parse(raw, "bad.tml"))
        .isInstanceOf(TimeMlException.class)
        .hasMessageContaining("bad.tml at char");
  }
}
