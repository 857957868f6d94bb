package org.storyline.reconcile.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.extract.event.EventType;
import org.storyline.extract.event.Modality;
import org.storyline.model.ArticleId;
import org.storyline.model.Span;
import org.storyline.reconcile.timeline.TimelineEvent.Conflict;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;
import org.storyline.reconcile.timeline.TimelineEvent.Source;

/**
 * One timeline event as JSON, the form a store keeps it in (readable with {@code json_extract}):
 * {@code {"label": ..., "type": "COMMUNICATION", "when": {"first": "2021-12-07", "last":
 * "2021-12-07", "precision": "DAY"}, "status": "HAPPENED", "announced": "2021-12-06",
 * "participants": [...], "sources": [...], "conflicts": [...]}}.
 */
public final class TimelineCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineCodec() {}

  /** The event as UTF-8 JSON. */
  public static byte[] encode(TimelineEvent e) {
    Objects.requireNonNull(e, "event");
    ObjectNode o = JSON.createObjectNode();
    o.put("label", e.label());
    o.put("type", e.type().name());
    o.set("when", dated(e.when()));
    o.put("status", e.status().name());
    e.announced().ifPresent(d -> o.put("announced", d.toString()));
    ArrayNode participants = o.putArray("participants");
    e.participants().forEach(participants::add);
    ArrayNode sources = o.putArray("sources");
    e.sources().forEach(s -> sources.add(source(s)));
    ArrayNode conflicts = o.putArray("conflicts");
    for (Conflict c : e.conflicts()) {
      ObjectNode n = conflicts.addObject();
      n.set("when", dated(c.when()));
      ArrayNode articles = n.putArray("articles");
      c.articles().forEach(a -> articles.add(a.value()));
    }
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The event {@link #encode} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not a timeline event; the message says why
   */
  public static TimelineEvent decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      JsonNode o = JSON.readTree(bytes);
      if (o == null || !o.isObject()) {
        throw new IllegalArgumentException("a timeline event is a JSON object");
      }
      return new TimelineEvent(text(o, "label"), EventType.valueOf(text(o, "type")), dated(required(o, "when")),
          TimelineEvent.Status.valueOf(text(o, "status")), optionalDate(o, "announced"),
          list(o, "participants", JsonNode::asText), list(o, "sources", TimelineCodec::source),
          list(o, "conflicts", n -> new Conflict(dated(required(n, "when")), list(n, "articles", a -> new ArticleId(a.asText())))));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a timeline event: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a timeline event: " + e.getMessage(), e);
    }
  }

  private static ObjectNode dated(Dated d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("first", d.first().toString());
    n.put("last", d.last().toString());
    n.put("precision", d.precision().name());
    return n;
  }

  private static Dated dated(JsonNode n) {
    return new Dated(LocalDate.parse(text(n, "first")), LocalDate.parse(text(n, "last")), Precision.valueOf(text(n, "precision")));
  }

  private static ObjectNode source(Source s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("article", s.article().value());
    s.outlet().ifPresent(v -> n.put("outlet", v));
    s.published().ifPresent(v -> n.put("published", v.toString()));
    n.putArray("trigger").add(s.trigger().start()).add(s.trigger().end());
    n.put("text", s.text());
    n.putArray("sentence").add(s.sentence().start()).add(s.sentence().end());
    n.put("modality", s.modality().name());
    s.when().ifPresent(d -> n.set("when", dated(d)));
    return n;
  }

  private static Source source(JsonNode n) {
    return new Source(new ArticleId(text(n, "article")), Optional.ofNullable(n.get("outlet")).map(JsonNode::asText),
        optionalDate(n, "published"), span(required(n, "trigger")), text(n, "text"), span(required(n, "sentence")),
        Modality.valueOf(text(n, "modality")), Optional.ofNullable(n.get("when")).map(TimelineCodec::dated));
  }

  private static Span span(JsonNode pair) {
    return Span.of(pair.get(0).asInt(), pair.get(1).asInt());
  }

  private static Optional<LocalDate> optionalDate(JsonNode o, String field) {
    return Optional.ofNullable(o.get(field)).map(n -> LocalDate.parse(n.asText()));
  }

  private static <T> List<T> list(JsonNode o, String field, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    required(o, field).forEach(n -> out.add(read.apply(n)));
    return out;
  }

  private static JsonNode required(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      throw new IllegalArgumentException("a timeline event's '" + field + "' is missing");
    }
    return n;
  }

  private static String text(JsonNode o, String field) {
    return required(o, field).asText();
  }
}
