package org.storyline.app.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateSource;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/**
 * A stream of any length made from real reports of events (the GVA file): synthetic event {@code
 * k} copies real event {@code k mod E}; each of its articles is a resampling of the sentences of
 * that event's real reports, with its real title. From the second copy of an event on, every
 * capitalised word (names of people, places, streets) is replaced, consistently within the copy,
 * by another capitalised word of the corpus, so copies look like other events rather than repeats.
 * Dates advance by {@code perDay} articles a day. Article {@code n} is built on demand from {@code
 * n} alone: nothing of the stream is held.
 */
final class SyntheticCorpus {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");
  private static final LocalDate START = LocalDate.of(2013, 1, 1);

  private record Event(List<String> titles, List<String> sentences, int[] lengths) {}

  private final List<Event> events;
  private final int[] firstArticle; // index of the first article of event e within one cycle
  private final int cycle; // articles per cycle over all events
  private final String[] names;
  private final int perDay;
  private final int articles;

  private SyntheticCorpus(List<Event> events, String[] names, int perDay) {
    this.events = events;
    this.names = names;
    this.perDay = perDay;
    this.firstArticle = new int[events.size() + 1];
    int n = 0;
    for (int e = 0; e < events.size(); e++) {
      firstArticle[e] = n;
      n += events.get(e).titles().size();
    }
    firstArticle[events.size()] = n;
    this.cycle = n;
    this.articles = n;
  }

  static SyntheticCorpus load(Path file, String label, int perDay, PrintWriter err) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> byEvent = new LinkedHashMap<>();
    Set<String> names = new TreeSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = node.path("content").asText(node.path("text").asText(""));
        if (text.split("\\s+").length < 60 || !node.hasNonNull(label)) {
          continue; // near-empty pages make poor material
        }
        byEvent.computeIfAbsent(node.get(label).asText(), k -> new ArrayList<>()).add(node);
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
          names.add(m.group());
        }
      }
    }
    List<Event> events = new ArrayList<>();
    for (List<JsonNode> reports : byEvent.values()) {
      List<String> titles = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      int[] lengths = new int[reports.size()];
      for (int i = 0; i < reports.size(); i++) {
        JsonNode node = reports.get(i);
        titles.add(node.path("title").asText(""));
        String text = node.path("content").asText(node.path("text").asText(""));
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
          String s = m.group().strip();
          if (s.length() > 20) {
            sentences.add(s);
            lengths[i]++;
          }
        }
      }
      if (!sentences.isEmpty()) {
        events.add(new Event(titles, sentences, lengths));
      }
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException(file + ": no event with usable text (field '" + label + "')");
    }
    return new SyntheticCorpus(events, names.toArray(new String[0]), perDay);
  }

  int sourceArticles() {
    return articles;
  }

  int sourceEvents() {
    return events.size();
  }

  /** Article {@code n} of the stream. */
  Article article(long n) {
    long copy = n / cycle;
    int within = (int) (n % cycle);
    int e = event(within);
    Event event = events.get(e);
    int report = within - firstArticle[e];
    Random random = new Random(n * 0x9E3779B97F4A7C15L + 17);
    int length = Math.max(3, event.lengths()[report]);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String s = event.sentences().get(random.nextInt(event.sentences().size()));
      body.append(rename(s, copy, e)).append(i % 3 == 2 ? "\n\n" : " ");
    }
    String title = rename(event.titles().get(report), copy, e);
    String text = title + "\n\n" + body.toString().strip();
    LocalDate date = START.plusDays(n / perDay);
    PublicationDate published = PublicationDate.given(date, DateSource.METADATA);
    Span head = Span.of(0, title.length());
    return new Article(ArticleId.derive(null, title, published, text), new Origin("synthetic", n + 1), SourceFormat.JSONL,
        title, published, null, null, text, new Layout(head, null, null, List.of(head, Span.of(title.length() + 2, text.length()))),
        text, OffsetMap.identity(text.length()), List.of());
  }

  private int event(int within) {
    int lo = 0;
    int hi = events.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstArticle[mid] <= within) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The sentence with its capitalised words replaced for copy {@code copy} of event {@code e} (none for copy 0). */
  private String rename(String s, long copy, int e) {
    if (copy == 0) {
      return s;
    }
    Matcher m = CAPITALISED.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      long h = m.group().hashCode() * 0x9E3779B97F4A7C15L ^ (copy * 1_000_003L + e) * 0xC2B2AE3D27D4EB4FL;
      h ^= h >>> 29;
      m.appendReplacement(out, names[(int) Math.floorMod(h, (long) names.length)]);
    }
    m.appendTail(out);
    return out.toString();
  }

}
