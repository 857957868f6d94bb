package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.Article;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

class LayoutFinderTest {

  private static final String BODY = "Talks between the two sides resumed on Monday, officials said.";

  @Test
  void titleLikeFirstParagraph_isTheHeadlineAndTitle() {
    Article a = Documents.clean("Allies weigh new sanctions on Russian banks\n\nBy Jane Doe\n\nWASHINGTON — " + BODY);
    assertThat(Documents.of(a, a.layout().headline())).isEqualTo("Allies weigh new sanctions on Russian banks");
    assertThat(a.title()).isEqualTo("Allies weigh new sanctions on Russian banks");
    assertThat(Documents.of(a, a.layout().byline())).isEqualTo("By Jane Doe");
    assertThat(Documents.of(a, a.layout().dateline())).isEqualTo("WASHINGTON");
    assertThat(a.layout().paragraphs()).hasSize(3);
  }

  @Test
  void sentenceFirstParagraph_isNoHeadline() {
    Article a = Documents.clean(BODY + "\n\nMore talks are planned.");
    assertThat(a.layout().headline()).isNull();
    assertThat(a.title()).isNull();
  }

  @Test
  void onlyParagraph_isNoHeadline() {
    Article a = Documents.clean("Allies weigh new sanctions");
    assertThat(a.layout().headline()).isNull();
    assertThat(a.layout().paragraphs()).hasSize(1);
  }

  @Test
  void firstParagraphEqualToMetadataTitle_isTheHeadlineEvenIfItEndsWithAPeriod() {
    String title = "Biden and Putin to speak again as tensions mount.";
    SourceDocument doc = SourceDocument.of(Origin.file("t.txt"), SourceFormat.TEXT, title + "\n\n" + BODY,
        new DocumentMetadata(null, title, "https://example.org/a", null, "Daily Planet"));
    Article a = Documents.CLEANER.clean(doc);
    assertThat(Documents.of(a, a.layout().headline())).isEqualTo(title);
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.outlet()).isEqualTo("Daily Planet");
    assertThat(a.url()).isEqualTo("https://example.org/a");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "REHOBOTH BEACH, Del. -- President Joe Biden spoke today. | REHOBOTH BEACH, Del.",
      "WASHINGTON — The Pentagon said on Monday that troops were ready. | WASHINGTON",
      "KYIV, Ukraine (AP) — Ukraine's president said the border was calm. | KYIV, Ukraine (AP)",
      "(CNN) — The administration is in the final stages of planning. | (CNN)",
      "LONDON (Reuters) - Britain said it would send more troops. | LONDON (Reuters)",
      "ST. LOUIS – Officials met on Tuesday. | ST. LOUIS"})
  void placeBeforeDash_isTheDateline(String paragraph, String dateline) {
    Article a = Documents.clean(paragraph + "\n\n" + BODY);
    assertThat(Documents.of(a, a.layout().dateline())).isEqualTo(dateline);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "U.S. officials, though, said that Ukraine is better armed than in the past.",
      "Putin said on Monday — without elaborating — that he had options.",
      "The talks -- the first in months -- ended without agreement."})
  void sentenceWithDashes_hasNoDateline(String paragraph) {
    Article a = Documents.clean(paragraph + "\n\n" + BODY);
    assertThat(a.layout().dateline()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "By Jane Doe",
      "By Jane Doe and John Roe, The Daily Planet",
      "The Associated Press contributed to this report.",
      "Daily Planet’s Jane Doe and The Associated Press contributed to this report.",
      "Information for this article was contributed by Jane Doe of The Daily Planet.",
      "Reporting by Jane Doe; Editing by John Roe"})
  void credit_isTheByline(String credit) {
    Article a = Documents.clean(BODY + "\n\n" + credit);
    assertThat(Documents.of(a, a.layout().byline())).isEqualTo(credit);
    assertThat(Documents.lines(a)).contains(credit);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "By Monday, the troops had left the border area.",
      "Officials contributed little to the debate."})
  void sentence_isNoByline(String paragraph) {
    Article a = Documents.clean(BODY + "\n\n" + paragraph);
    assertThat(a.layout().byline()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(CNN) — The administration is in the final stages of planning. | CNN",
      "KYIV, Ukraine (AP) — Ukraine's president said the border was calm. | AP",
      "Daily Planet’s Jane Doe and The Associated Press contributed to this report. | Daily Planet",
      "NEWYou can now listen to Daily Planet articles! | Daily Planet",
      "Sign up to receive a daily email of top stories from The Morning Star and partner outlets. | The Morning Star"})
  void publisherNamedInText_isTheOutlet(String line, String outlet) {
    Article a = Documents.clean(BODY + "\n" + line + "\nMore talks are planned.");
    assertThat(a.outlet()).isEqualTo(outlet);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The Associated Press contributed to this report.",
      "Information for this article was contributed by Jane Doe of The Associated Press.",
      "(Demetrius Freeman/Washington Post)",
      "Biden's aides said the call went well.",
      "Biden’s Chief of Staff contributed to the debate on Tuesday."})
  void contributorOrPhotoAgency_isNoOutlet(String line) {
    Article a = Documents.clean(BODY + "\n" + line);
    assertThat(a.outlet()).isNull();
  }
}
