package org.storyline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Scores {@link HtmlExtractor} on a folder laid out as the article-extraction benchmark is:
 * {@code html/<id>.html.gz} (or {@code .html}) and {@code ground-truth.json}, an object {@code
 * {id: {"articleBody": ..., "url": ...}}}. Bodies are compared with {@link ShingleMetric}.
 * A page whose file is missing or unreadable is reported to the callback and scored as an empty
 * extraction, so a broken page costs what it should.
 */
public final class ExtractionEval {

  /** One page: its id, its expected and extracted bodies, and its counts. */
  public record Page(String id, String url, String expected, String extracted, ShingleMetric.Counts counts) {}

  /** A page's HTML with its id and expected body. */
  public record Case(String id, String url, String expected, String html) {}

  private ExtractionEval() {}

  /** Reads the benchmark folder; unreadable pages go to {@code problems} and keep an empty HTML. */
  public static List<Case> load(Path dir, Consumer<String> problems) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Path truth = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      throw new IOException(truth + ": no such file (expected the benchmark's ground-truth.json)");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(truth.toFile());
    } catch (IOException e) {
      throw new IOException(truth + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new IOException(truth + ": expected an object {id: {articleBody, url}}");
    }
    List<Case> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String expected = entry.getValue().path("articleBody").asText("");
      String url = entry.getValue().path("url").asText(null);
      Path file = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(file)) {
        file = dir.resolve("html").resolve(id + ".html");
      }
      String html = "";
      try {
        html = HtmlFiles.read(file);
      } catch (IOException e) {
        problems.accept(file + ": error: " + e.getMessage());
      }
      cases.add(new Case(id, url, expected, html));
    }
    cases.sort(Comparator.comparing(Case::id));
    return cases;
  }

  /** Extracts and scores every case. */
  public static List<Page> run(List<Case> cases, HtmlExtractor extractor) {
    List<Page> pages = new ArrayList<>();
    for (Case c : cases) {
      String extracted = c.html().isEmpty() ? "" : extractor.extract(c.html()).text();
      pages.add(new Page(c.id(), c.url(), c.expected(), extracted, ShingleMetric.compare(extracted, c.expected())));
    }
    return pages;
  }

  public static ShingleMetric.Score score(List<Page> pages) {
    return ShingleMetric.Score.of(pages.stream().map(Page::counts).toList());
  }

  /** The {@code n} pages of lowest F1, worst first. */
  public static List<Page> worst(List<Page> pages, int n) {
    return pages.stream()
        .sorted(Comparator.comparingDouble((Page p) -> f1(p.counts())).thenComparing(Page::id))
        .limit(n)
        .toList();
  }

  static double f1(ShingleMetric.Counts c) {
    double p = c.precision();
    double r = c.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Pages per CPU second of one thread in each of {@code passes} timed passes over all cases,
   * after {@code warmup} untimed passes (parsing included, as a caller of {@link
   * HtmlExtractor#extract(String)} pays it). Time is the thread's CPU time where the JVM measures
   * it, else wall-clock time, so other work on a busy machine does not count against it; the time
   * the JVM spent collecting garbage meanwhile is added, since extraction made that garbage.
   */
  public static double[] pagesPerSecond(List<Case> cases, HtmlExtractor extractor, int warmup, int passes) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      for (Case c : cases) {
        sink += extractor.extract(c.html()).body().size();
      }
    }
    double[] rates = new double[passes];
    for (int i = 0; i < passes; i++) {
      long start = now();
      for (Case c : cases) {
        sink += extractor.extract(c.html()).body().size();
      }
      rates[i] = cases.size() / ((now() - start) / 1e9);
    }
    if (sink == Long.MIN_VALUE) {
      throw new AssertionError(); // keeps the work from being optimised away
    }
    return rates;
  }

  private static long now() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    return cpu + gcMillis * 1_000_000;
  }
}
