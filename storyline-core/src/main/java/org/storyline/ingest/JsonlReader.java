package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * Reads JSON Lines: one JSON object, one article, per line; the 1-based line number is the
 * record number of the article's {@link Origin}. Blank lines are skipped.
 *
 * <p>Fields, the first one present in each list wins:
 *
 * <ul>
 *   <li>text: {@code text}, {@code content}, {@code body}, {@code article} (the first non-blank
 *       string); it is both {@code source} and {@code content}. A record with none of them but a
 *       title (a feed item or a page kept by its headline only) is read with its title as its text,
 *       and a warning says so: later stages see a one-line article whose headline is all it has;
 *   <li>{@code id}; url: {@code url}, {@code link}; title: {@code title}, {@code headline};
 *   <li>date: {@code published}, {@code date}, {@code dct}, {@code published_at}, {@code pubdate},
 *       in any form {@link Dates} reads, as {@link DateSource#METADATA};
 *   <li>outlet: {@code source}, {@code outlet}, {@code site}, {@code publisher}: a string, or an
 *       object's {@code name}.
 * </ul>
 *
 * <p>Problems, each at its line: ERROR {@code "malformed JSON: <reason> at column <n>"}, ERROR
 * {@code "expected a JSON object, found an array"}, ERROR {@code "no article text (expected one of
 * text, content, body, article)"} when there is no title either; WARNING {@code "no article text
 * (expected one of text, content, body, article); its title is read as its text"}; WARNING {@code "impossible date '2021-02-30' in field 'date';
 * stored undated"} (or {@code unreadable date}), WARNING for a metadata field of the wrong type,
 * which is ignored. Reading goes on with the next line after any of them.
 */
final class JsonlReader implements DocumentReader {

  static final List<String> TEXT_FIELDS = List.of("text", "content", "body", "article");
  static final List<String> ID_FIELDS = List.of("id");
  static final List<String> URL_FIELDS = List.of("url", "link");
  static final List<String> TITLE_FIELDS = List.of("title", "headline");
  static final List<String> DATE_FIELDS = List.of("published", "date", "dct", "published_at", "pubdate");
  static final List<String> OUTLET_FIELDS = List.of("source", "outlet", "site", "publisher");

  private static final String NO_TEXT = "no article text (expected one of " + String.join(", ", TEXT_FIELDS) + ")";

  private static final String TITLE_AS_TEXT = NO_TEXT + "; its title is read as its text";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads every line of {@code text}, numbering them from 1. */
  @Override
  public void read(Origin origin, String text, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      readLine(origin.withRecord(i + 1L), lines[i], documents, problems);
    }
  }

  /** Reads one line; {@code at} names the file and line. A blank line gives nothing. */
  void readLine(Origin at, String line, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(Problem.error(at, "malformed JSON: " + reason(e)));
      return;
    }
    readNode(at, node, documents, problems);
  }

  /** Reads one parsed record; {@code at} names it. */
  void readNode(Origin at, JsonNode node, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    if (!node.isObject()) {
      problems.accept(Problem.error(at, "expected a JSON object, found " + kind(node)));
      return;
    }
    String text = firstText(node);
    if (text == null && !hasTitle(node)) {
      problems.accept(Problem.error(at, NO_TEXT));
      return;
    }
    DocumentMetadata metadata = new DocumentMetadata(
        string(node, ID_FIELDS, at, problems),
        string(node, TITLE_FIELDS, at, problems),
        string(node, URL_FIELDS, at, problems),
        date(node, at, problems),
        outlet(node, at, problems));
    if (text == null) {
      problems.accept(Problem.warning(at, TITLE_AS_TEXT));
      text = metadata.title();
    }
    documents.accept(SourceDocument.of(at, SourceFormat.JSONL, text, metadata));
  }

  private static String firstText(JsonNode node) {
    for (String name : TEXT_FIELDS) {
      JsonNode value = node.get(name);
      if (value != null && value.isTextual() && !value.textValue().isBlank()) {
        return value.textValue();
      }
    }
    return null;
  }

  /** Whether the record has a title {@link #string} takes (a non-blank string or a number), which can stand for missing text. */
  private static boolean hasTitle(JsonNode node) {
    Map.Entry<String, JsonNode> field = first(node, TITLE_FIELDS);
    JsonNode value = field == null ? null : field.getValue();
    return value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank();
  }

  /** The first field of {@code names} present and not null, with its name; {@code null} if none. */
  private static Map.Entry<String, JsonNode> first(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull()) {
        return Map.entry(name, value);
      }
    }
    return null;
  }

  /** A string field; a number is taken as its text (ids often are numbers), anything else warned of. */
  private static String string(JsonNode node, List<String> names, Origin at, Consumer<Problem> problems) {
    Map.Entry<String, JsonNode> field = first(node, names);
    if (field == null) {
      return null;
    }
    JsonNode value = field.getValue();
    if (value.isTextual() || value.isNumber()) {
      String text = value.asText().strip();
      return text.isEmpty() ? null : text;
    }
    problems.accept(Problem.warning(at, "field '" + field.getKey() + "' is " + kind(value) + ", not a string; ignored"));
    return null;
  }

  private static PublicationDate date(JsonNode node, Origin at, Consumer<Problem> problems) {
    Map.Entry<String, JsonNode> field = first(node, DATE_FIELDS);
    if (field == null) {
      return null;
    }
    String where = "field '" + field.getKey() + "'";
    JsonNode value = field.getValue();
    String text = value.isValueNode() ? value.asText() : value.toString();
    return Dates.parse(text)
        .map(day -> PublicationDate.given(day, DateSource.METADATA))
        .orElseGet(() -> {
          problems.accept(Problem.warning(at, Dates.notRead(text, where)));
          return null;
        });
  }

  private static String outlet(JsonNode node, Origin at, Consumer<Problem> problems) {
    Map.Entry<String, JsonNode> field = first(node, OUTLET_FIELDS);
    if (field != null && field.getValue().isObject()) {
      JsonNode name = field.getValue().get("name");
      if (name != null && name.isTextual() && !name.textValue().isBlank()) {
        return name.textValue().strip();
      }
      problems.accept(Problem.warning(at, "field '" + field.getKey() + "' is an object without a string 'name'; ignored"));
      return null;
    }
    return string(node, OUTLET_FIELDS, at, problems);
  }

  /** Jackson's reason on one line, without its source excerpt, with the column. */
  static String reason(JsonProcessingException e) {
    String reason = Messages.flatten(String.valueOf(e.getOriginalMessage()));
    JsonLocation where = e.getLocation();
    return where != null && where.getColumnNr() > 0 ? reason + " at column " + where.getColumnNr() : reason;
  }

  /** "an array", "a string", "a number"... */
  private static String kind(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "array", "object" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }
}
