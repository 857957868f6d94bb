package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * A {@link SourceDocument} as one JSON object on one line, in the fields the JSONL reader takes
 * ({@code text}, {@code id}, {@code url}, {@code title}, {@code published} as an ISO date, {@code
 * source} for the outlet), plus {@code origin} ({@code {"file": ..., "record": n}}) so that what
 * is read back names the input the document first came from. A message on a queue is then also a
 * valid line of a JSONL file.
 *
 * <p>Contract: {@link #read} of {@link #write} gives the document back for any document the JSONL
 * reader makes (format JSONL, the text its own source). Other documents travel as their content:
 * the text read back is the content (an HTML page's visible text), not the page, and the date's
 * source becomes {@link org.storyline.model.DateSource#METADATA}.
 *
 * <pre>{@code
 * String json = DocumentJson.write(doc);
 * Optional<SourceDocument> back = DocumentJson.read(json, Origin.file("kafka"), problems::add);
 * }</pre>
 */
public final class DocumentJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonlReader FIELDS = new JsonlReader();

  private DocumentJson() {}

  /** The document as one line of JSON. */
  public static String write(SourceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", doc.content());
    var m = doc.metadata();
    putIfPresent(o, "id", m.externalId());
    putIfPresent(o, "url", m.url());
    putIfPresent(o, "title", m.title());
    m.publishedOpt().ifPresent(p -> o.put("published", p.date().toString()));
    putIfPresent(o, "source", m.outlet());
    ObjectNode origin = o.putObject("origin");
    origin.put("file", doc.origin().file());
    origin.put("record", doc.origin().record());
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always writes", e);
    }
  }

  /**
   * The document in {@code json}, its origin the one the JSON names (else {@code fallback}); empty
   * when it cannot be read, the reason sent to {@code problems} as one line naming the origin
   * (warnings, such as an unreadable date, are sent there too and the document is still read).
   */
  public static Optional<SourceDocument> read(String json, Origin fallback, Consumer<Problem> problems) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(fallback, "fallback");
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      problems.accept(Problem.error(fallback, "malformed JSON: " + JsonlReader.reason(e)));
      return Optional.empty();
    }
    SourceDocument[] out = new SourceDocument[1];
    FIELDS.readNode(origin(node, fallback), node == null ? MAPPER.missingNode() : node, d -> out[0] = d, problems);
    return Optional.ofNullable(out[0]);
  }

  /** The origin a document names, when it names one whole (a file and a record number not negative). */
  private static Origin origin(JsonNode node, Origin fallback) {
    JsonNode o = node == null ? null : node.get("origin");
    if (o == null || !o.isObject() || !o.path("file").isTextual() || !o.path("record").canConvertToLong()
        || o.path("record").asLong() < 0) {
      return fallback;
    }
    return new Origin(o.get("file").textValue(), o.get("record").asLong());
  }

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }
}
