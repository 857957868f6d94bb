package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MetadataTest {

  private final HtmlExtractor extractor = HtmlExtractor.withDefaults();

  private static final String BODY = "<body><article><p>Some article text that is long enough, with a comma or two,"
      + " to count as a paragraph of prose.</p></article></body>";

  private Extraction extract(String head) {
    return extractor.extract("<html><head>" + head + "</head>" + BODY + "</html>");
  }

  @Test
  void published_fromMeta_keepsTheDayAsWritten() {
    Published p = extract("<meta property='article:published_time' content='2021-12-06T23:30:00-05:00'>").published();

    assertThat(p.date()).isEqualTo(LocalDate.of(2021, 12, 6));
    assertThat(p.dateTime()).isEqualTo(OffsetDateTime.parse("2021-12-06T23:30:00-05:00"));
    assertThat(p.source()).isEqualTo(Published.Source.META);
    assertThat(p.where()).isEqualTo("<meta article:published_time>");
  }

  @Test
  void published_fromJsonLdInGraph_reportageType() {
    Published p = extract("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"},"
        + " {\"@type\": [\"ReportageNewsArticle\"], \"datePublished\": \"2020-02-29\"}]}</script>").published();

    assertThat(p.date()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(p.source()).isEqualTo(Published.Source.JSON_LD);
  }

  @Test
  void published_jsonLdWithRawLineBreaks_isReadLeniently() {
    Published p = extract("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleBody\": \"a\nb\","
        + " \"datePublished\": \"2019-11-18\",}</script>").published();

    assertThat(p.date()).isEqualTo(LocalDate.of(2019, 11, 18));
  }

  @Test
  void published_fromTimeElement_prefersOneMarkedAsPublication() {
    Extraction e = extractor.extract("<p>Updated <time datetime='2022-05-02'>May 2</time></p>"
        + "<p>Posted <time itemprop='datePublished' datetime='2022-04-30T10:00'>April 30</time></p>");

    assertThat(e.published().date()).isEqualTo(LocalDate.of(2022, 4, 30));
    assertThat(e.published().source()).isEqualTo(Published.Source.TIME_ELEMENT);
  }

  @Test
  void published_fromUrl() {
    Published p = extract("<link rel='canonical' href='https://x.example/2021/12/06/story-title/'>").published();

    assertThat(p.date()).isEqualTo(LocalDate.of(2021, 12, 6));
    assertThat(p.source()).isEqualTo(Published.Source.URL);
    assertThat(DateTexts.inUrl("https://x.example/news/20190230/a.html")).isNull(); // impossible day
    assertThat(DateTexts.inUrl("https://x.example/news/2019-11-18/b").date()).isEqualTo(LocalDate.of(2019, 11, 18));
  }

  @Test
  void published_fromDateline_whenNothingElseSaysIt() {
    Extraction e = extractor.extract("<article><p>WASHINGTON, Dec. 6, 2021 (Wire) — Lawmakers met on Monday to agree"
        + " on a budget, officials said, after weeks of talks.</p></article>");

    assertThat(e.published().date()).isEqualTo(LocalDate.of(2021, 12, 6));
    assertThat(e.published().source()).isEqualTo(Published.Source.DATELINE);
    assertThat(DateTexts.prose("on 6 September 2020 at", Published.Source.DATELINE, "d").date())
        .isEqualTo(LocalDate.of(2020, 9, 6));
  }

  @Test
  void published_unreadableEverywhere_isNull() {
    assertThat(extract("<meta name='date' content='2021-02-30'>").published()).isNull();
  }

  @Test
  void author_fromJsonLdObjectsOrStrings_elseMeta_elseByline() {
    assertThat(extract("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\":"
        + " [{\"@type\": \"Person\", \"name\": \"Ann Lee\"}, \"Bo Park\"]}</script>").author()).isEqualTo("Ann Lee, Bo Park");
    assertThat(extract("<meta name='author' content='By Cy Dunn'>").author()).isEqualTo("Cy Dunn");
    assertThat(extractor.extract("<span class='byline'>By Di Eng</span>" + BODY).author()).isEqualTo("Di Eng");
  }

  @Test
  void siteUrlAndLanguage() {
    Extraction e = extract("<meta property='og:site_name' content='The Daily'>"
        + "<link rel='canonical' href='https://daily.example/a'><meta property='og:url' content='https://other/b'>");
    assertThat(e.site()).isEqualTo("The Daily");
    assertThat(e.url()).isEqualTo("https://daily.example/a");

    Extraction bare = extractor.extract("<html lang='pt_BR'><head><meta property='og:url' content='https://www.jornal.example/x'>"
        + "</head>" + BODY + "</html>");
    assertThat(bare.site()).isEqualTo("jornal.example");
    assertThat(bare.url()).isEqualTo("https://www.jornal.example/x");
    assertThat(bare.language()).isEqualTo("pt-BR");
  }

  @Test
  void title_dropsTheSiteNameFromThePageTitle() {
    assertThat(extract("<title>Big news - The Daily</title><meta property='og:site_name' content='The Daily'>").title())
        .isEqualTo("Big news");
    assertThat(extract("<title>Big news - part two</title>").title()).isEqualTo("Big news");
    assertThat(extract("<meta property='og:title' content='OG title'><title>T</title>").title()).isEqualTo("OG title");
  }
}
