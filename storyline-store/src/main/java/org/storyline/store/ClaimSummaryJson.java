package org.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimSummaryJson() {}

  static String write(ClaimValues values) {
    ObjectNode n = JSON.createObjectNode();
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

  static ClaimValues read(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a claim group's summary is not JSON: " + e.getOriginalMessage(), e);
    }
    List<ClaimValues.Value> values = new ArrayList<>();
    for (JsonNode o : n.get("values")) {
      List<ClaimValues.Source> sources = new ArrayList<>();
      for (JsonNode s : o.get("sources")) {
        sources.add(new ClaimValues.Source(new ArticleId(s.get("article").asText()), text(s, "outlet"),
            text(s, "published").map(LocalDate::parse), text(s, "source"), s.get("times").asInt()));
      }
      values.add(new ClaimValues.Value(o.get("text").asText(), bound(o, "low", Double.NEGATIVE_INFINITY),
          bound(o, "high", Double.POSITIVE_INFINITY), o.get("claims").asInt(), o.get("articles").asInt(), sources));
    }
    return new ClaimValues(n.get("claims").asInt(), n.get("articles").asInt(), n.get("distinct").asInt(), values);
  }

  private static void bound(ObjectNode o, String name, double value) {
    if (Double.isInfinite(value)) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }

  private static double bound(JsonNode o, String name, double infinite) {
    JsonNode v = o.get(name);
    return v == null || v.isNull() ? infinite : v.asDouble();
  }

  private static Optional<String> text(JsonNode o, String name) {
    JsonNode v = o.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
