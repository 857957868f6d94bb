package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {

  @TempDir Path dir;

  private final HtmlExtractor extractor = HtmlExtractor.withDefaults();

  @Test
  void extract_pageWithoutArticle_hasNoBody() throws IOException, URISyntaxException {
    Extraction e = extractor.extract(HtmlFiles.read(GoldenTest.resource("no-article.html")));

    assertThat(e.hasBody()).isFalse();
    assertThat(e.text()).isEmpty();
    assertThat(e.title()).isEqualTo("Page not found");
  }

  @Test
  void extract_blocksKeepTheTextNodesTheyWereReadFrom() {
    Extraction e = extractor.extract("<article><p>One <b>bold</b>\n word, and more words to make a paragraph.</p></article>");

    Block block = e.body().get(0);
    assertThat(block.text()).isEqualTo("One bold word, and more words to make a paragraph.");
    assertThat(block.nodes()).extracting(TextNode::getWholeText)
        .containsExactly("One ", "bold", "\n word, and more words to make a paragraph.");
  }

  @Test
  void extract_keepsEmbeddedPostsAndTables_dropsCaptionsAndLinkLists() {
    String page = "<article><div class='body'>"
        + "<p>The first paragraph of the story, long enough, with commas, to be prose.</p>"
        + "<figure><img src=x><figcaption>A caption. Photo: Agency</figcaption></figure>"
        + "<blockquote class='twitter-tweet'><p>We are on it, said the governor.</p>— Gov (@gov)</blockquote>"
        + "<table><tr><td>Team</td><td>Points</td></tr><tr><td>Reds</td><td>12</td></tr></table>"
        + "<p>The second paragraph of the story, also long enough, with commas, to be prose.</p>"
        + "<ul><li><a href='/1'>Another story</a></li><li><a href='/2'>Yet another story</a></li></ul>"
        + "</div></article>";

    String text = extractor.extract(page).text();

    assertThat(text).contains("We are on it", "Reds", "second paragraph").doesNotContain("caption", "Another story");
  }

  @Test
  void htmlFiles_readsGzip_andSaysWhatIsWrongWithBadFiles() throws IOException {
    byte[] html = "<html><body><p>Gzipped page text, long enough to be a paragraph of prose.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    Path gz = dir.resolve("a.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(html);
    }
    assertThat(HtmlFiles.read(gz)).contains("Gzipped page text");

    Path truncated = dir.resolve("t.html.gz");
    byte[] whole = Files.readAllBytes(gz);
    Files.write(truncated, Arrays.copyOf(whole, whole.length - 12));
    assertThatThrownBy(() -> HtmlFiles.read(truncated)).isInstanceOf(IOException.class).hasMessageStartingWith("truncated gzip data");

    Path binary = dir.resolve("b.html");
    Files.write(binary, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    assertThatThrownBy(() -> HtmlFiles.read(binary)).hasMessageContaining("binary content");

    Path text = dir.resolve("t.html");
    Files.writeString(text, "just some words, no markup at all");
    assertThatThrownBy(() -> HtmlFiles.read(text)).hasMessage("no HTML markup, not an HTML page");

    Path empty = dir.resolve("e.html");
    Files.write(empty, new byte[0]);
    assertThatThrownBy(() -> HtmlFiles.read(empty)).hasMessage("empty file");
  }

  @Test
  void htmlFiles_nonUtf8_readAsTheDeclaredCharset() throws IOException {
    Path file = dir.resolve("ru.html");
    Files.write(file, "<meta charset='windows-1251'><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>".getBytes("windows-1251"));

    assertThat(HtmlFiles.read(file)).contains("\u041f\u0440\u0438\u0432\u0435\u0442");
  }

  /**
   * Every block is its text nodes' text, and the nodes come from the page source in page order
   * (inline junk removed from inside a paragraph may join two nodes, so the block's text need not
   * stand in the page as one piece).
   */
  @Property
  void extract_anyTagSoup_neverThrows_andParagraphsAppearInPageTextInOrder(@ForAll("soup") String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Extraction e = extractor.extract(page);

    int from = 0;
    for (Block block : e.body()) {
      assertThat(block.text()).isNotBlank();
      StringBuilder joined = new StringBuilder();
      for (TextNode node : block.nodes()) {
        joined.append(node.getWholeText());
        Range range = node.sourceRange();
        assertThat(range.startPos()).as("'%s' in page order", node.getWholeText()).isGreaterThanOrEqualTo(from);
        from = range.endPos();
        String raw = html.substring(range.startPos(), range.endPos());
        assertThat(Block.collapse(Parser.unescapeEntities(raw, false))).isEqualTo(Block.collapse(node.getWholeText()));
      }
      assertThat(block.text()).isEqualTo(Block.collapse(joined));
    }
  }

  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
        Arbitraries.of(",", ".", "&amp;", "&nbsp;", " ", "\n", "<br>", "<", ">", "&", "\"", "caf\u00e9"));
    Arbitrary<String> text = word.list().ofMaxSize(12).map(w -> String.join(" ", w));
    Arbitrary<String> open = Arbitraries.of("<p>", "<div class='content'>", "<div class='share'>", "<li>", "<ul>",
        "<table><tr><td>", "<a href='#'>", "<b>", "<h1>", "<h2>", "<script>", "<nav>", "<article>", "<figure>",
        "<span hidden>", "<section id=comments>", "<td>", "<form>", "<title>", "<!--", "<blockquote>");
    Arbitrary<String> close = Arbitraries.of("</p>", "</div>", "</li>", "</ul>", "</td></tr></table>", "</a>", "</b>",
        "</h1>", "</h2>", "</script>", "</nav>", "</article>", "</figure>", "</span>", "</section>", "-->", "</form>");
    return Arbitraries.oneOf(open, close, text).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }
}
