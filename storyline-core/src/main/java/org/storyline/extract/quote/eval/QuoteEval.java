package org.storyline.extract.quote.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.storyline.extract.quote.QuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/** Runs a quote extractor over a PolNeAR folder and reports every variant's scores and its speed. */
public final class QuoteEval {

  /** The scores of each variant, the errors of the direct one, and the speed. */
  public record Report(int documents, Map<QuoteScorer.Variant, QuoteScorer.Counts> counts,
      List<QuoteScorer.Error> errors, long tokens, double tokensPerSecond, boolean warmedUp, Map<String, String> texts) {

    /** The same report with only the errors of one kind of miss, for error listings. */
    public Report onlyMisses(MissKind kind) {
      return new Report(documents, counts, errors.stream().filter(e -> e.miss() == kind).toList(), tokens,
          tokensPerSecond, warmedUp, texts);
    }
  }

  private QuoteEval() {}

  public static Report run(Path folder, QuoteExtractor extractor) throws IOException {
    return run(folder, extractor, true);
  }

  /**
   * Scores {@code extractor}; with {@code timed}, also measures its speed with warm-up and timed
   * passes (for a slow extractor, such as the CoreNLP baseline, the single scored pass is timed
   * instead).
   */
  public static Report run(Path folder, QuoteExtractor extractor, boolean timed) throws IOException {
    return run(folder, name -> true, extractor, timed);
  }

  /** As {@link #run(Path, QuoteExtractor, boolean)}, over the articles whose names {@code articles} accepts. */
  public static Report run(Path folder, Predicate<String> articles, QuoteExtractor extractor, boolean timed)
      throws IOException {
    List<PolnearDocument> docs = PolnearReader.read(folder).stream().filter(d -> articles.test(d.name())).toList();
    List<List<Quote>> quotes = new ArrayList<>();
    long t0 = System.nanoTime();
    for (PolnearDocument d : docs) {
      quotes.add(extractor.extract(d.text()));
    }
    double scoredPassSeconds = (System.nanoTime() - t0) / 1e9;
    Map<QuoteScorer.Variant, QuoteScorer.Counts> counts = new EnumMap<>(QuoteScorer.Variant.class);
    List<QuoteScorer.Error> errors = new ArrayList<>();
    for (QuoteScorer.Variant v : QuoteScorer.Variant.values()) {
      QuoteScorer.Counts c = new QuoteScorer.Counts();
      for (int i = 0; i < docs.size(); i++) {
        QuoteScorer.score(docs.get(i), quotes.get(i), v, c, v == QuoteScorer.Variant.DIRECT ? errors::add : e -> {});
      }
      counts.put(v, c);
    }
    long tokens = 0;
    RuleTokenizer tokenizer = new RuleTokenizer();
    for (PolnearDocument d : docs) {
      for (Sentence s : tokenizer.sentences(d.text())) {
        tokens += s.tokens().size();
      }
    }
    Map<String, String> texts = new java.util.HashMap<>();
    docs.forEach(d -> texts.put(d.name(), d.text()));
    double tokensPerSecond = timed ? speed(docs, extractor, tokens) : tokens / scoredPassSeconds;
    return new Report(docs.size(), counts, errors, tokens, tokensPerSecond, timed, texts);
  }

  /** Timed passes over the folder, after the warm-up. */
  static final int TIMED_PASSES = 5;

  /**
   * Tokens a second of extraction alone over the whole folder on this thread: warm-up passes
   * until at least 300,000 tokens went through (so the JIT has compiled the rules), then the best
   * of {@link #TIMED_PASSES} timed passes. Tokenizing for the count and scoring are not timed.
   */
  private static double speed(List<PolnearDocument> docs, QuoteExtractor extractor, long tokens) {
    long warmed = 0;
    int sink = 0;
    for (int pass = 0; pass < 50 && (pass < 2 || warmed < 300_000); pass++) {
      for (PolnearDocument d : docs) {
        sink += extractor.extract(d.text()).size();
      }
      warmed += Math.max(1, tokens);
    }
    double best = 0;
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      long t0 = System.nanoTime();
      for (PolnearDocument d : docs) {
        sink += extractor.extract(d.text()).size();
      }
      double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
      best = Math.max(best, tokens / seconds);
    }
    return sink >= 0 ? best : 0;
  }

  /** Prints the scores table, the speed and up to {@code errorCount} errors spread over the list. */
  public static void print(Report r, PrintWriter out, int errorCount) {
    Map<String, String> texts = r.texts();
    out.printf(Locale.ROOT, "%d documents, %d tokens%n", r.documents(), r.tokens());
    out.printf(Locale.ROOT, "%-44s %5s %5s %5s  %6s %6s %6s  %8s %8s%n",
        "", "gold", "sys", "match", "P", "R", "F1", "spk-acc", "e2e-R");
    for (var e : r.counts().entrySet()) {
      QuoteScorer.Counts c = e.getValue();
      out.printf(Locale.ROOT, "%-44s %5d %5d %5d  %6.3f %6.3f %6.3f  %8.3f %8.3f%n", e.getKey().label(),
          c.gold(), c.system(), c.matched(), c.precision(), c.recall(), c.f1(), c.speakerAccuracy(), c.endToEndRecall());
    }
    if (r.warmedUp()) {
      out.printf(Locale.ROOT, "speed: %.0f tokens/s (extraction alone, one thread, best of %d passes after warming up)%n",
          r.tokensPerSecond(), TIMED_PASSES);
    } else {
      out.printf(Locale.ROOT, "speed: %.0f tokens/s (the one scored pass, one thread, no warm-up)%n", r.tokensPerSecond());
    }
    if (errorCount > 0) {
      out.println();
      out.println("errors (direct quotes):");
      int step = Math.max(1, r.errors().size() / errorCount);
      for (int i = 0, shown = 0; i < r.errors().size() && shown < errorCount; i += step, shown++) {
        QuoteScorer.Error e = r.errors().get(i);
        String text = texts.get(e.document());
        String words = text == null ? "" : excerpt(text, e.span());
        out.printf("%s %s%s: %s%n    %s%n", e.document(), e.kind(), e.miss() == null ? "" : " (" + e.miss().label() + ")",
            e.detail(), words);
      }
    }
  }

  /**
   * Prints the end-to-end misses on direct quotes (gold quotes not found with their right
   * speaker) by {@link MissKind}, with each kind's share of the gold quotes.
   */
  public static void printMisses(Report r, PrintWriter out) {
    Map<MissKind, Integer> byKind = new EnumMap<>(MissKind.class);
    r.errors().stream().filter(e -> e.miss() != null).forEach(e -> byKind.merge(e.miss(), 1, Integer::sum));
    int gold = r.counts().get(QuoteScorer.Variant.DIRECT).gold();
    int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
    out.printf(Locale.ROOT, "%nend-to-end misses on direct quotes, by kind (%d of %d gold quotes):%n", total, gold);
    for (var e : byKind.entrySet()) {
      out.printf(Locale.ROOT, "%-62s %5d  %5.1f%%%n", e.getKey().label(), e.getValue(), 100.0 * e.getValue() / Math.max(1, gold));
    }
  }

  private static String excerpt(String text, Span s) {
    int from = Math.max(0, s.start() - 60);
    int to = Math.min(text.length(), s.end() + 40);
    String w = text.substring(from, s.start()) + "[[" + s.of(text) + "]]" + text.substring(s.end(), to);
    w = w.replaceAll("\\s+", " ");
    return w.length() > 600 ? w.substring(0, 600) + "…" : w;
  }
}
