package org.storyline.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, looked
 * through arrays and {@code @graph}. Blocks that are not JSON, even read leniently (raw line
 * breaks in strings, trailing commas, comments), are passed over.
 */
final class JsonLd {

  /** Types whose object describes the article itself. */
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
      "scholarlyarticle", "techarticle", "report", "askpublicnewsarticle");

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  final List<JsonNode> articles = new ArrayList<>();
  final List<JsonNode> others = new ArrayList<>();

  static JsonLd of(Document page) {
    JsonLd ld = new JsonLd();
    for (Element script : page.select("script[type]")) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        ld.collect(MAPPER.readTree(json), 0);
      } catch (JsonProcessingException e) {
        // not JSON: passed over (see the class comment)
      }
    }
    return ld;
  }

  private void collect(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, depth + 1));
    } else if (node.isObject()) {
      if (node.has("@graph")) {
        collect(node.get("@graph"), depth + 1);
      }
      (isArticle(node) ? articles : others).add(node);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
  }

  /** The first non-blank text of {@code field} among the article objects, or {@code null}. */
  String articleText(String field) {
    for (JsonNode a : articles) {
      String s = text(a.get(field));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The first non-blank text of {@code field} among all objects, articles first, or {@code null}. */
  String anyText(String field) {
    String s = articleText(field);
    if (s != null) {
      return s;
    }
    for (JsonNode o : others) {
      s = text(o.get(field));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The author names of the first article object that has any, joined by {@code ", "}, or {@code null}. */
  String authors() {
    for (JsonNode a : articles) {
      List<String> names = new ArrayList<>();
      names(a.get("author"), names);
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  /** The publisher's name from an article object, or {@code null}. */
  String publisher() {
    for (JsonNode a : articles) {
      JsonNode p = a.get("publisher");
      if (p != null && p.isArray() && !p.isEmpty()) {
        p = p.get(0);
      }
      String name = p == null ? null : p.isObject() ? text(p.get("name")) : text(p);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static void names(JsonNode author, List<String> names) {
    if (author == null) {
      return;
    }
    if (author.isArray()) {
      author.forEach(a -> names(a, names));
    } else if (author.isObject()) {
      String name = text(author.get("name"));
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    } else {
      String name = text(author);
      if (name != null && !name.startsWith("http") && !names.contains(name)) {
        names.add(name);
      }
    }
  }

  /** A string, the first string of an array, or an object's {@code @id}/{@code url}; {@code null} when blank. */
  static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      String id = text(node.get("@id"));
      return id != null ? id : text(node.get("url"));
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
