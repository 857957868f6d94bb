package org.storyline.app.command;

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
import java.util.List;
import java.util.function.Consumer;
import org.storyline.summarize.DatedText;

/**
 * Reads the articles of a timeline task from JSONL: {@code id}, {@code title}, {@code text} /
 * {@code content} / {@code body}, {@code date} / {@code published} / {@code dct} (an ISO date, or
 * a date-time whose day is taken), {@code source} / {@code outlet}. A line that is not JSON, has no
 * text or no readable date is reported ({@code FILE:LINE: reason}) and left out.
 */
public final class TimelineInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineInput() {}

  /** The articles of {@code file}; each line left out is told to {@code problems}. */
  public static List<DatedText> read(Path file, Consumer<String> problems) throws IOException {
    List<DatedText> articles = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          articles.add(article(JSON.readTree(line), file.getFileName() + ":" + lineNo));
        } catch (IOException | IllegalArgumentException e) {
          problems.accept(file + ":" + lineNo + ": " + firstLine(e.getMessage()));
        }
      }
    }
    return articles;
  }

  private static DatedText article(JsonNode n, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text = first(n, "text", "content", "body");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no text (text, content or body)");
    }
    String date = first(n, "date", "published", "dct");
    if (date == null) {
      throw new IllegalArgumentException("no date (date, published or dct)");
    }
    String id = first(n, "id");
    return new DatedText(id == null ? where : id, first(n, "source", "outlet"), day(date), first(n, "title"), text);
  }

  private static LocalDate day(String value) {
    String v = value.strip();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("unreadable date '" + value + "' (expected YYYY-MM-DD)");
    }
  }

  private static String first(JsonNode n, String... fields) {
    for (String f : fields) {
      JsonNode v = n.get(f);
      if (v != null && v.isTextual()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    String m = message == null ? "unreadable" : message;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
