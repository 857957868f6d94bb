package org.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Ingestor;
import org.storyline.model.DateSource;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;

class FeedReaderTest {

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Example Times</title>
          <link>https://news.example/</link>
          <item>
            <title>Flood in Valencia</title>
            <link>https://news.example/flood</link>
            <guid>urn:example:1</guid>
            <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
            <description>Short.</description>
            <content:encoded><![CDATA[<p>The river rose <b>overnight</b>.</p><p>Hundreds left.</p>]]></content:encoded>
          </item>
          <item>
            <title>Second</title>
            <link>https://news.example/second</link>
            <description>&lt;p&gt;Only a description.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Storm closes the port of Valencia</title>
            <link>https://news.example/headline-only</link>
          </item>
          <item>
            <link>https://news.example/empty</link>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atom News</title>
        <id>urn:feed</id>
        <updated>2024-03-06T10:00:00Z</updated>
        <entry>
          <title>Entry one</title>
          <id>urn:entry:1</id>
          <link href="https://atom.example/1"/>
          <published>2024-03-04T08:00:00+02:00</published>
          <updated>2024-03-06T10:00:00Z</updated>
          <content type="html">&lt;p&gt;Atom body text.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>Entry two</title>
          <id>urn:entry:2</id>
          <link href="https://atom.example/2"/>
          <updated>2024-03-06T10:00:00Z</updated>
          <summary type="text">Plain summary with a &lt;tag&gt; in it.</summary>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private record Read(List<SourceDocument> documents, List<Problem> problems) {}

  private Read read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Read read = new Read(new ArrayList<>(), new ArrayList<>());
    Ingestor.withDefaults().readFile(file, read.documents::add, read.problems::add);
    return read;
  }

  @Test
  void rss_itemsBecomeArticles_withItemMetadata() throws IOException {
    Read read = read("news.rss", RSS);
    assertThat(read.documents()).hasSize(3);
    SourceDocument first = read.documents().get(0);
    assertThat(first.origin()).isEqualTo(new Origin(dir.resolve("news.rss").toString(), 1));
    assertThat(first.content()).isEqualTo("The river rose overnight.\n\nHundreds left.");
    assertThat(first.metadata().title()).isEqualTo("Flood in Valencia");
    assertThat(first.metadata().url()).isEqualTo("https://news.example/flood");
    assertThat(first.metadata().externalId()).isEqualTo("urn:example:1");
    assertThat(first.metadata().outlet()).isEqualTo("Example Times");
    // the day as written, not shifted to UTC (which would be March 6)
    assertThat(first.metadata().published()).isEqualTo(PublicationDate.given(LocalDate.of(2024, 3, 5), DateSource.METADATA));
    assertThat(read.documents().get(1).content()).isEqualTo("Only a description.");
    SourceDocument headlineOnly = read.documents().get(2);
    assertThat(headlineOnly.content()).isEqualTo("Storm closes the port of Valencia");
    assertThat(headlineOnly.metadata().title()).isEqualTo("Storm closes the port of Valencia");
    assertThat(headlineOnly.metadata().url()).isEqualTo("https://news.example/headline-only");
    assertThat(headlineOnly.metadata().outlet()).isEqualTo("Example Times");
    assertThat(read.problems()).extracting(Problem::toString).containsExactly(
        dir.resolve("news.rss") + ":3: warning: item has no content or description; its title is read as its text",
        dir.resolve("news.rss") + ":4: error: item has no content or description");
  }

  @Test
  void atom_entriesBecomeArticles_plainTextEscaped() throws IOException {
    Read read = read("news.atom", ATOM);
    assertThat(read.problems()).isEmpty();
    assertThat(read.documents()).extracting(SourceDocument::content)
        .containsExactly("Atom body text.", "Plain summary with a <tag> in it.");
    assertThat(read.documents().get(0).metadata().published().date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(read.documents().get(1).metadata().published().date()).isEqualTo(LocalDate.of(2024, 3, 6)); // updated
    assertThat(read.documents().get(0).metadata().outlet()).isEqualTo("Atom News");
  }

  @Test
  void xml_withFeedRoot_isAFeed_otherRoots_areOneError() throws IOException {
    assertThat(read("feed.xml", RSS).documents()).hasSize(3);
    Read sitemap = read("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
    assertThat(sitemap.documents()).isEmpty();
    assertThat(sitemap.problems()).extracting(Problem::toString)
        .containsExactly(dir.resolve("sitemap.xml") + ": error: XML root element <urlset> is not an RSS or Atom feed");
  }

  @Test
  void notXml_isOneError() throws IOException {
    Read read = read("broken.rss", "<html><body>This is a page, <p>not a feed</body>");
    assertThat(read.documents()).isEmpty();
    assertThat(read.problems()).hasSize(1);
    assertThat(read.problems().get(0).toString()).startsWith(dir.resolve("broken.rss") + ": error: not XML: ");
    Read text = read("plain.rss", "just words\n");
    assertThat(text.problems()).hasSize(1);
    assertThat(text.problems().get(0).reason()).startsWith("not XML: ");
  }

  @Test
  void doctypeAndExternalEntities_areRefused() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&x;</description></item></channel></rss>";
    Read read = read("evil.rss", xxe);
    assertThat(read.documents()).isEmpty();
    assertThat(read.problems()).hasSize(1);
    assertThat(read.problems().get(0).reason()).startsWith("not XML: ").doesNotContain("TOP SECRET");
  }

  @Test
  void emptyFeed_isOneError() throws IOException {
    Read read = read("empty.rss", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    assertThat(read.problems()).extracting(Problem::reason).containsExactly("feed has no items");
  }

  @Test
  void parse_givesItemKeys() throws Exception {
    Feed feed = FeedParser.parse(RSS.getBytes(StandardCharsets.UTF_8));
    assertThat(feed.items()).extracting(Feed.Item::key)
        .containsExactly("urn:example:1", "https://news.example/second", "https://news.example/headline-only",
            "https://news.example/empty");
    assertThatThrownBy(() -> FeedParser.parse(new byte[0])).isInstanceOf(FeedFormatException.class);
  }
}
