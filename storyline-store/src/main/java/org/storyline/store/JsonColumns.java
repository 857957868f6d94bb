package org.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

/**
 * The two structured columns of {@code articles}, as JSON an analyst can read with SQLite's
 * {@code json_extract}:
 *
 * <pre>
 * layout:     {"headline":[0,24],"dateline":null,"byline":[900,931],"paragraphs":[[0,24],[26,310]]}
 * source_map: [[0,9,24],[26,37,284]]     (derivedStart, sourceStart, length) per copied run
 * </pre>
 *
 * Decoding throws {@link IllegalArgumentException} on anything else; the store adds the file and
 * the article to the message.
 */
final class JsonColumns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumns() {}

  static String layout(Layout layout) {
    StringBuilder out = new StringBuilder("{\"headline\":");
    span(layout.headline(), out).append(",\"dateline\":");
    span(layout.dateline(), out).append(",\"byline\":");
    span(layout.byline(), out).append(",\"paragraphs\":[");
    List<Span> paragraphs = layout.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      span(paragraphs.get(i), i == 0 ? out : out.append(','));
    }
    return out.append("]}").toString();
  }

  static Layout layout(String json) {
    JsonNode root = parse(json, "layout");
    if (!root.isObject() || !root.path("paragraphs").isArray()) {
      throw new IllegalArgumentException("layout is not an object with a paragraphs array: " + abbreviate(json));
    }
    List<Span> paragraphs = new ArrayList<>();
    for (JsonNode p : root.get("paragraphs")) {
      paragraphs.add(span(p, "layout paragraph"));
    }
    return new Layout(
        optionalSpan(root, "headline"), optionalSpan(root, "dateline"), optionalSpan(root, "byline"), paragraphs);
  }

  static String sourceMap(OffsetMap map) {
    int[] triples = map.toArray();
    StringBuilder out = new StringBuilder(triples.length * 6 + 2).append('[');
    for (int i = 0; i < triples.length; i += 3) {
      out.append(i == 0 ? "[" : ",[")
          .append(triples[i]).append(',').append(triples[i + 1]).append(',').append(triples[i + 2]).append(']');
    }
    return out.append(']').toString();
  }

  static OffsetMap sourceMap(String json, int derivedLength, int sourceLength) {
    JsonNode root = parse(json, "source map");
    if (!root.isArray()) {
      throw new IllegalArgumentException("source map is not an array of runs: " + abbreviate(json));
    }
    int[] triples = new int[root.size() * 3];
    int i = 0;
    for (JsonNode run : root) {
      if (!run.isArray() || run.size() != 3) {
        throw new IllegalArgumentException("source map run is not [derivedStart, sourceStart, length]: " + run);
      }
      for (JsonNode n : run) {
        triples[i++] = integer(n, "source map run " + run);
      }
    }
    return OffsetMap.fromArray(triples, derivedLength, sourceLength);
  }

  private static StringBuilder span(Span span, StringBuilder out) {
    return span == null ? out.append("null") : out.append('[').append(span.start()).append(',').append(span.end()).append(']');
  }

  private static Span optionalSpan(JsonNode root, String field) {
    JsonNode node = root.path(field);
    return node.isNull() || node.isMissingNode() ? null : span(node, "layout " + field);
  }

  private static Span span(JsonNode node, String what) {
    if (!node.isArray() || node.size() != 2) {
      throw new IllegalArgumentException(what + " is not [start, end]: " + node);
    }
    return new Span(integer(node.get(0), what), integer(node.get(1), what));
  }

  private static int integer(JsonNode node, String what) {
    if (!node.isInt()) {
      throw new IllegalArgumentException(what + " holds " + node + " where an int was expected");
    }
    return node.intValue();
  }

  private static JsonNode parse(String json, String what) {
    if (json == null) {
      throw new IllegalArgumentException(what + " is NULL");
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
