package org.storyline.reconcile.event.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Span;
import org.storyline.reconcile.event.EventLemmas;
import org.storyline.reconcile.event.EventMention;
import org.storyline.reconcile.event.LabelledMention;

/**
 * Reads gold event mentions laid out as the ECB+ development folder: {@code documents.jsonl}
 * ({@code doc_id, topic, text, date}: the text one sentence a line) and {@code event_mentions.jsonl}
 * ({@code doc_id, start, end, text, cluster_id}: character offsets into the text). Topics are
 * ordered by number. A mention whose document is missing or whose offsets fall outside its text is
 * reported (file, line, reason) and left out.
 */
public final class EcbPlusReader {

  static final String DOCUMENTS = "documents.jsonl";
  static final String MENTIONS = "event_mentions.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Document(String topic, String text, Optional<LocalDate> date) {}

  private EcbPlusReader() {}

  /** Whether the folder looks like this layout. */
  public static boolean accepts(Path dir) {
    return Files.isRegularFile(dir.resolve(DOCUMENTS)) && Files.isRegularFile(dir.resolve(MENTIONS));
  }

  public static EventCorpus read(Path dir) throws IOException {
    if (!accepts(dir)) {
      throw new IOException(dir + ": no " + DOCUMENTS + " and " + MENTIONS + " in it");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Document> documents = documents(dir.resolve(DOCUMENTS), problems);
    Map<String, List<LabelledMention>> topics = new TreeMap<>(EcbPlusReader::byNumber);
    Path file = dir.resolve(MENTIONS);
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNo;
        try {
          JsonNode m = JSON.readTree(line);
          String docId = text(m, "doc_id", where);
          Document d = documents.get(docId);
          if (d == null) {
            problems.add(where + ": document " + docId + " is not in " + DOCUMENTS);
            continue;
          }
          Span chars = new Span(number(m, "start", where), number(m, "end", where));
          if (chars.end() > d.text.length() || chars.isEmpty()) {
            problems.add(where + ": offsets " + chars + " outside the text of " + docId);
            continue;
          }
          EventMention mention = mention(docId, d, chars);
          topics.computeIfAbsent(d.topic, t -> new ArrayList<>()).add(new LabelledMention(mention, text(m, "cluster_id", where)));
        } catch (IOException | IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
    }
    List<EventCorpus.Topic> out = new ArrayList<>();
    topics.forEach((id, ms) -> out.add(new EventCorpus.Topic(id, ms)));
    return new EventCorpus(dir.toString(), out, documents.size(), problems);
  }

  /** The mention at the offsets: its sentence is the line they start on. */
  static EventMention mention(String docId, Document d, Span chars) {
    String text = d.text;
    int lineStart = text.lastIndexOf('\n', chars.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', chars.start());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int sentence = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    SentenceTokens tokens = SentenceTokens.of(text, lineStart, lineEnd);
    Span tokenSpan = tokens.tokensOf(chars);
    if (tokenSpan.isEmpty()) {
      throw new IllegalArgumentException("offsets " + chars + " cover no token of " + docId);
    }
    List<String> trigger = tokens.words().subList(tokenSpan.start(), tokenSpan.end());
    return EventMention.of(docId, sentence, tokenSpan, chars, chars.of(text), EventLemmas.head(trigger), tokens.words())
        .withPublished(d.date);
  }

  private static Map<String, Document> documents(Path file, List<String> problems) throws IOException {
    Map<String, Document> out = new HashMap<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNo;
        try {
          JsonNode d = JSON.readTree(line);
          out.put(text(d, "doc_id", where), new Document(text(d, "topic", where), text(d, "text", where), date(d.get("date"), where)));
        } catch (IOException e) {
          problems.add(e.getMessage());
        }
      }
    }
    return out;
  }

  private static Optional<LocalDate> date(JsonNode node, String where) throws IOException {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(node.asText().substring(0, Math.min(10, node.asText().length()))));
    } catch (DateTimeParseException e) {
      throw new IOException(where + ": date is not an ISO date: '" + node.asText() + "'", e);
    }
  }

  private static String text(JsonNode node, String field, String where) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IOException(where + ": field " + field + " missing");
    }
    return v.asText();
  }

  private static int number(JsonNode node, String field, String where) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt()) {
      throw new IOException(where + ": field " + field + " missing or not a number");
    }
    return v.asInt();
  }

  /** Topic ids in number order ("2" before "12"), others after in text order. */
  static int byNumber(String a, String b) {
    boolean na = a.matches("\\d{1,9}");
    boolean nb = b.matches("\\d{1,9}");
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na != nb ? (na ? -1 : 1) : a.compareTo(b);
  }
}
