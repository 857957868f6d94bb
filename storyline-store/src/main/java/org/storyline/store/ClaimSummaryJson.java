package org.storyline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.ArticleId;
import org.storyline.reconcile.claim.ClaimValues;

/**
 * The {@code summary} column of {@code claim_groups}: a group's {@link ClaimValues} as a page shows
 * them, as JSON an analyst can read with {@code json_extract}. An infinite bound ("more than") is
 * written as null.
 *
 * <pre>
 * {"claims":4,"articles":3,"distinct":3,"values":[{"text":"estimated 94,300","low":84870.0,"high":103730.0,
 *   "claims":1,"articles":1,"sources":[{"article":"...","outlet":"Reuters","published":"2022-01-30","source":"Reznikov","times":1}]}, ...]}
 * </pre>
 */
final class ClaimSummaryJson {

  /** Reading needs only the streaming parser: a command reading a page loads no object mapper. */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The mapper for writing, made on first use. */
  private static final class Trees {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private ClaimSummaryJson() {}

  static String write(ClaimValues values) {
    ObjectNode n = Trees.JSON.createObjectNode();
    n.put("claims", values.claims());
    n.put("articles", values.articles());
    n.put("distinct", values.distinct());
    ArrayNode list = n.putArray("values");
    for (ClaimValues.Value v : values.values()) {
      ObjectNode o = list.addObject();
      o.put("text", v.text());
      bound(o, "low", v.low());
      bound(o, "high", v.high());
      o.put("claims", v.claims());
      o.put("articles", v.articles());
      ArrayNode sources = o.putArray("sources");
      for (ClaimValues.Source s : v.sources()) {
        ObjectNode src = sources.addObject();
        src.put("article", s.article().value());
        src.put("outlet", s.outlet().orElse(null));
        src.put("published", s.published().map(LocalDate::toString).orElse(null));
        src.put("source", s.source().orElse(null));
        src.put("times", s.times());
      }
    }
    return n.toString();
  }

  /**
   * The summary written by {@link #write}, read with the streaming parser: a page of every group
   * reads thousands of these, and a tree per summary was most of the {@code claims} command's time.
   */
  static ClaimValues read(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      int claims = 0;
      int articles = 0;
      int distinct = 0;
      List<ClaimValues.Value> values = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "claims" -> claims = p.getIntValue();
          case "articles" -> articles = p.getIntValue();
          case "distinct" -> distinct = p.getIntValue();
          case "values" -> {
            expect(p, t, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              values.add(value(p));
            }
          }
          default -> p.skipChildren();
        }
      }
      return new ClaimValues(claims, articles, distinct, values);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("a claim group's summary is not one this store writes: " + e.getMessage(), e);
    }
  }

  private static ClaimValues.Value value(JsonParser p) throws IOException {
    String text = null;
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    int claims = 0;
    int articles = 0;
    List<ClaimValues.Source> sources = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "text" -> text = p.getText();
        case "low" -> low = t == JsonToken.VALUE_NULL ? low : p.getDoubleValue();
        case "high" -> high = t == JsonToken.VALUE_NULL ? high : p.getDoubleValue();
        case "claims" -> claims = p.getIntValue();
        case "articles" -> articles = p.getIntValue();
        case "sources" -> {
          expect(p, t, JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            sources.add(source(p));
          }
        }
        default -> p.skipChildren();
      }
    }
    return new ClaimValues.Value(text, low, high, claims, articles, sources);
  }

  private static ClaimValues.Source source(JsonParser p) throws IOException {
    String article = null;
    String outlet = null;
    String published = null;
    String source = null;
    int times = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      String text = t == JsonToken.VALUE_NULL ? null : p.getText();
      switch (field) {
        case "article" -> article = text;
        case "outlet" -> outlet = text;
        case "published" -> published = text;
        case "source" -> source = text;
        case "times" -> times = p.getIntValue();
        default -> p.skipChildren();
      }
    }
    return new ClaimValues.Source(new ArticleId(article), Optional.ofNullable(outlet),
        Optional.ofNullable(published).map(IsoDays::parse), Optional.ofNullable(source), times);
  }

  private static void expect(JsonParser p, JsonToken found, JsonToken wanted) throws IOException {
    if (found != wanted) {
      throw new JsonParseException(p, "expected " + wanted + ", found " + found);
    }
  }

  private static void bound(ObjectNode o, String name, double value) {
    if (Double.isInfinite(value)) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }
}
