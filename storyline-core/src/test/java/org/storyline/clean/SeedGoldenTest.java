package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.Article;
import org.storyline.model.Removal;
import org.storyline.model.RemovalReason;

/**
 * The five seed articles against {@code clean/seeds-expected.json}, transcribed from the answer
 * key and checked by a person.
 */
class SeedGoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> seeds() {
    JsonNode expected;
    try {
      expected = JSON.readTree(resource("seeds-expected.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Arguments> out = new ArrayList<>();
    expected.get("articles").forEach(a -> out.add(Arguments.of(a.get("file").asText(), a)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_dropsExactlyTheBoilerplate(String file, JsonNode expected) {
    Article a = cleanSeed(expected);
    Set<String> boilerplate = boilerplateLines(expected);

    List<String> kept = Documents.lines(a);
    assertThat(kept).noneMatch(boilerplate::contains);
    List<String> body = Documents.nonBlankLines(Documents.text(a.origin().file(), a.source()).content());
    List<String> wanted = body.stream().filter(l -> !isBoilerplate(l, boilerplate)).toList();
    assertThat(kept).containsExactlyElementsOf(wanted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_listsEachBoilerplateLineWithItsReason(String file, JsonNode expected) {
    Article a = cleanSeed(expected);
    List<String> removedTexts = Documents.removedTexts(a);
    for (JsonNode b : expected.get("boilerplate")) {
      RemovalReason reason = RemovalReason.valueOf(b.get("reason").asText());
      assertThat(a.removed())
          .as("removal of '%s'", b.get("line").asText())
          .anyMatch(r -> r.reason() == reason && r.source().of(a.source()).equals(b.get("line").asText()));
    }
    assertThat(removedTexts).allMatch(boilerplateLines(expected)::contains);
    assertThat(a.removed()).extracting(Removal::source).isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_findsLayoutAndOutlet(String file, JsonNode expected) {
    Article a = cleanSeed(expected);
    assertThat(Documents.of(a, a.layout().headline())).isEqualTo(text(expected, "headline"));
    assertThat(Documents.of(a, a.layout().dateline())).isEqualTo(text(expected, "dateline"));
    assertThat(Documents.of(a, a.layout().byline())).isEqualTo(text(expected, "byline"));
    assertThat(a.outlet()).isEqualTo(text(expected, "outlet"));
    assertThat(a.title()).isEqualTo(text(expected, "headline"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seed_textIsParagraphsJoinedByBlankLinesAndMapsToSource(String file, JsonNode expected) {
    Article a = cleanSeed(expected);
    Documents.assertMapsToIdenticalSource(a);
    List<String> paragraphs = a.layout().paragraphs().stream().map(p -> p.of(a.text())).toList();
    assertThat(String.join("\n\n", paragraphs)).isEqualTo(a.text());
    assertThat(paragraphs).allMatch(p -> !p.isBlank() && p.equals(p.strip()));
  }

  private static Article cleanSeed(JsonNode expected) {
    String file = expected.get("file").asText();
    return Documents.CLEANER.clean(Documents.text(file, new String(resource("seeds/" + file), StandardCharsets.UTF_8)));
  }

  private static Set<String> boilerplateLines(JsonNode expected) {
    Set<String> lines = new HashSet<>();
    expected.get("boilerplate").forEach(b -> lines.add(b.get("line").asText()));
    return lines;
  }

  /**
   * Whether {@code line} is made of boilerplate lines only: a caption with its credit appended
   * ("Caption. (Name/Outlet)") is listed in the answer key as its two parts.
   */
  private static boolean isBoilerplate(String line, Set<String> boilerplate) {
    String rest = line;
    for (String b : boilerplate) {
      rest = rest.replace(b, "");
    }
    return rest.isBlank();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static byte[] resource(String name) {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/clean/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /clean/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
