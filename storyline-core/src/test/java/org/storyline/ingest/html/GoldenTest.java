package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small pages written for these tests ({@code src/test/resources/html/NAME.html}) and what
 * extraction must give for each ({@code NAME.expected.json}), checked by a person. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then read the diff before committing.
 */
class GoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @ParameterizedTest
  @ValueSource(strings = {"news-article", "blog-post", "wire-report"})
  void extract_matchesTheGoldenFile(String name) throws IOException, URISyntaxException {
    Path page = resource(name + ".html");
    Path expectedFile = page.resolveSibling(name + ".expected.json");
    String actual = JSON.writeValueAsString(json(HtmlExtractor.withDefaults().extract(HtmlFiles.read(page)))) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/html", name + ".expected.json");
      Files.writeString(source, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(expectedFile));
  }

  static ObjectNode json(Extraction e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("title", e.title());
    node.put("headline", e.headline() == null ? null : e.headline().text());
    var body = node.putArray("body");
    e.body().forEach(b -> body.addObject().put("kind", b.kind().name()).put("text", b.text()));
    node.put("author", e.author());
    if (e.published() == null) {
      node.putNull("published");
    } else {
      node.putObject("published").put("date", e.published().date().toString())
          .put("source", e.published().source().name()).put("where", e.published().where());
    }
    node.put("site", e.site());
    node.put("url", e.url());
    node.put("language", e.language());
    return node;
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(GoldenTest.class.getResource("/html/" + name).toURI());
  }
}
