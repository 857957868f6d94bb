package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.DateSource;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

class HtmlReaderTest {

  /** The characters the generated pages write as entities. */
  private static final String ENTITY_CHARS = "&<\u00e9\u201c\u201d";

  @TempDir Path dir;

  private final HtmlReader reader = new HtmlReader();

  private SourceDocument article() throws URISyntaxException {
    Collected read = Collected.file(Ingestor.withDefaults(), TextReaderTest.resource("/ingest/html/article.html"));
    assertThat(read.problems).isEmpty();
    return read.only();
  }

  @Test
  void read_page_visibleBlocksBecomeParagraphs() throws URISyntaxException {
    SourceDocument doc = article();

    assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
    assertThat(doc.content().split("\n\n")).containsExactly(
        "Biden and Putin hold call on Ukraine",
        "REHOBOTH BEACH, Del. \u2014 President Joe Biden and Vladimir Putin spoke for 50 minutes on Thursday.",
        "The call, requested by Russia, came as Moscow & Kyiv traded accusations.",
        "\u201cWe are ready,\u201d an official said.",
        "Talks begin on Jan. 10 in Geneva.",
        "First point",
        "Second point",
        "A div with direct text",
        "and a paragraph inside");
    assertThat(doc.content()).doesNotContain("NOT ARTICLE TEXT", "Home", "newsletter", "Search", "Copyright", "color");
  }

  @Test
  void read_page_metadataFromMetaTags() throws URISyntaxException {
    SourceDocument doc = article();

    assertThat(doc.metadata().title()).isEqualTo("Biden and Putin hold call on Ukraine");
    assertThat(doc.metadata().url()).isEqualTo("https://news.example/2021/12/30/biden-putin-call");
    assertThat(doc.metadata().outlet()).isEqualTo("Example News");
    assertThat(doc.metadata().published())
        .isEqualTo(PublicationDate.given(LocalDate.of(2021, 12, 30), DateSource.METADATA));
  }

  @Test
  void contentMap_eachParagraphMapsToSourceThatReadsAsTheParagraph() throws URISyntaxException {
    SourceDocument doc = article();

    for (Span paragraph : paragraphs(doc.content())) {
      String raw = doc.contentMap().toSource(paragraph).of(doc.source());
      assertThat(visibleText(raw)).isEqualTo(paragraph.of(doc.content()));
    }
  }

  @Test
  void contentMap_plainCharactersMapExactly_entityCharactersToTheEntityEdgeFacingTheirWord() throws URISyntaxException {
    SourceDocument doc = article();
    String content = doc.content();
    int unmapped = 0;
    for (int i = 0; i < content.length(); i++) {
      Span source = doc.contentMap().toSource(Span.of(i, i + 1));
      if (source.isEmpty()) {
        unmapped++;
        continue;
      }
      assertThat(source.length()).isEqualTo(1);
      char c = content.charAt(i);
      char s = doc.source().charAt(source.start());
      switch (c) {
        case '\u201c' -> assertThat(s).as("opening quote opens its word").isEqualTo('&');
        case '\u201d', '\u2014', '&' -> assertThat(s).as("%s ends its word", c).isEqualTo(';');
        default -> assertSameOrBothSpace(c, s);
      }
    }
    // the 8 paragraph breaks and the space that was &nbsp; stand in no source place
    assertThat(unmapped).isEqualTo(2 * 8 + 1);
    int quote = content.indexOf("\u201cWe are ready,\u201d");
    assertThat(doc.contentMap().toSource(Span.of(quote, quote + 15)).of(doc.source()))
        .isEqualTo("&ldquo;We are ready,&rdquo;");
  }

  @Test
  void read_titleFallsBackToTitleElementThenFirstH1() {
    assertThat(Collected.text(reader, "p.html", "<title> Page </title><h1>Head</h1><p>x</p>").only().metadata().title())
        .isEqualTo("Page");
    assertThat(Collected.text(reader, "p.html", "<h1>Head</h1><p>x</p>").only().metadata().title())
        .isEqualTo("Head");
  }

  @Test
  void read_urlAndDateFallbacks() {
    String page = "<meta property='og:url' content='https://a.example/x'><meta name='pubdate' content='not a date'>"
        + "<p>Text <time datetime='2022-01-24T09:00:00+01:00'>Monday</time></p>";
    Collected read = Collected.text(reader, "p.html", page);

    assertThat(read.problems).isEmpty();
    assertThat(read.only().metadata().url()).isEqualTo("https://a.example/x");
    assertThat(read.only().metadata().published().date()).isEqualTo(LocalDate.of(2022, 1, 24));
  }

  @Test
  void read_noReadableDate_warns() {
    Collected read = Collected.text(reader, "p.html", "<meta name=date content='2021-02-30'><p>Text</p>");

    assertThat(read.messages()).containsExactly("p.html: warning: impossible date '2021-02-30' in <meta date>; stored undated");
    assertThat(read.only().metadata().published()).isNull();
  }

  @Test
  void read_pageWithoutVisibleText_isAnError() {
    Collected read = Collected.text(reader, "shell.html",
        "<html><head><title>Only a title</title></head><body><script>x()</script><nav>Menu</nav> </body></html>");

    assertThat(read.documents).isEmpty();
    assertThat(read.messages()).containsExactly("shell.html: error: no article text in the page");
  }

  @Test
  void read_textMovedOutOfSourceOrderByTheParser_mapsNowhereInsteadOfBreakingTheMap() {
    String page = "<table><tr><td>cell</td></tr><b>stray</b></table><p>after</p>";
    SourceDocument doc = Collected.text(reader, "t.html", page).only();

    assertThat(doc.content()).isEqualTo("stray\n\ncell\n\nafter");
    assertThat(doc.contentMap().toSource(Span.of(0, 5)).of(page)).isEqualTo("stray");
    assertThat(doc.contentMap().toSource(Span.of(7, 11)).isEmpty()).isTrue();
    assertThat(doc.contentMap().toSource(Span.of(13, 18)).of(page)).isEqualTo("after");
  }

  @Test
  void readFile_nonUtf8PageWithDeclaredCharset_isDecodedAsDeclared() throws IOException {
    Path file = dir.resolve("ru.htm");
    Charset cp1251 = Charset.forName("windows-1251");
    Files.write(file, "<meta charset=\"windows-1251\"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>".getBytes(cp1251));

    Collected read = Collected.file(Ingestor.withDefaults(), file);

    assertThat(read.only().content()).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442");
    assertThat(read.messages()).containsExactly(
        file + ": warning: not valid UTF-8 (byte 0xCF at offset 32); read as windows-1251, the charset the page declares");
  }

  @Property
  void contentMap_anyPage_copiedCharactersMapToTheSameCharacter(@ForAll("pages") String page) {
    Collected read = Collected.text(reader, "p.html", page);
    if (read.documents.isEmpty()) {
      assertThat(read.messages()).containsExactly("p.html: error: no article text in the page");
      return;
    }
    SourceDocument doc = read.only();
    for (int i = 0; i < doc.content().length(); i++) {
      Span source = doc.contentMap().toSource(Span.of(i, i + 1));
      char c = doc.content().charAt(i);
      if (source.length() == 1 && page.charAt(source.start()) != c && !Character.isWhitespace(page.charAt(source.start()))) {
        assertThat(ENTITY_CHARS).as("'%s' maps to '%s'", c, page.charAt(source.start())).contains(String.valueOf(c));
        assertThat(page.charAt(source.start())).isIn('&', ';');
      } else if (source.length() == 1) {
        assertSameOrBothSpace(c, page.charAt(source.start()));
      }
    }
    for (Span paragraph : paragraphs(doc.content())) {
      String text = paragraph.of(doc.content());
      String visible = visibleText(doc.contentMap().toSource(paragraph).of(page));
      if (text.matches("(?s)[" + ENTITY_CHARS + "](\\s.*)?|.*\\s[" + ENTITY_CHARS + "]")) {
        // a word that is one entity alone keeps only its end (see HtmlReader)
        assertThat(visible).contains(text.replaceAll("^[" + ENTITY_CHARS + "\\s]+|[" + ENTITY_CHARS + "\\s]+$", ""));
      } else {
        assertThat(visible).isEqualTo(text);
      }
    }
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("&amp;", "&lt;", "&#233;", "&eacute;", "<b>bold</b>", "<br>", " ", "\n  ", "&nbsp;",
            "caf&eacute;", "&ldquo;quoted&rdquo;", "&#xE9;t&eacute;", "a&amp;b"));
    Arbitrary<String> block = word.list().ofMaxSize(8).map(w -> String.join(" ", w));
    Arbitrary<String> element = Arbitraries.of("p", "div", "li", "h2", "span", "td", "script")
        .flatMap(tag -> block.map(text -> "<" + tag + ">" + text + "</" + tag + ">"));
    return element.list().ofMinSize(1).ofMaxSize(6).map(list -> "<body>" + String.join("\n", list) + "</body>");
  }

  private static void assertSameOrBothSpace(char content, char source) {
    if (content == ' ') {
      assertThat(Character.isWhitespace(source)).as("space maps to '%s'", source).isTrue();
    } else {
      assertThat(source).isEqualTo(content);
    }
  }

  static List<Span> paragraphs(String content) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int end; (end = content.indexOf("\n\n", start)) >= 0; start = end + 2) {
      spans.add(Span.of(start, end));
    }
    spans.add(Span.of(start, content.length()));
    return spans;
  }

  /** Source HTML with scripts and tags stripped, entities decoded and white space collapsed. */
  private static String visibleText(String html) {
    String text = html.replaceAll("(?s)<script>.*?</script>", "").replaceAll("<[^>]*>", "");
    return collapse(Parser.unescapeEntities(text, false));
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\u00A0]+", " ").strip();
  }
}
