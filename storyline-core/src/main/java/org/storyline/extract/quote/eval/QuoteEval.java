package org.storyline.extract.quote.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.extract.quote.QuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/** Runs a quote extractor over a PolNeAR folder and reports every variant's scores and its speed. */
public final class QuoteEval {

  /** The scores of each variant, the errors of the direct one, and the speed. */
  public record Report(int documents, Map<QuoteScorer.Variant, QuoteScorer.Counts> counts,
      List<QuoteScorer.Error> errors, long tokens, double tokensPerSecond, Map<String, String> texts) {}

  private QuoteEval() {}

  public static Report run(Path folder, QuoteExtractor extractor) throws IOException {
    List<PolnearDocument> docs = PolnearReader.read(folder);
    List<List<Quote>> quotes = new ArrayList<>();
    for (PolnearDocument d : docs) {
      quotes.add(extractor.extract(d.text()));
    }
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
    return new Report(docs.size(), counts, errors, tokens, speed(docs, extractor, tokens), texts);
  }

  /** Tokens a second over the whole folder, the best of a few passes after a warm-up. */
  private static double speed(List<PolnearDocument> docs, QuoteExtractor extractor, long tokens) {
    double best = 0;
    for (int pass = 0; pass < 5; pass++) {
      long t0 = System.nanoTime();
      int sink = 0;
      for (PolnearDocument d : docs) {
        sink += extractor.extract(d.text()).size();
      }
      double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
      if (pass > 0 && sink >= 0) {
        best = Math.max(best, tokens / seconds);
      }
    }
    return best;
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
    out.printf(Locale.ROOT, "speed: %.0f tokens/s%n", r.tokensPerSecond());
    if (errorCount > 0) {
      out.println();
      out.println("errors (direct quotes):");
      int step = Math.max(1, r.errors().size() / errorCount);
      for (int i = 0, shown = 0; i < r.errors().size() && shown < errorCount; i += step, shown++) {
        QuoteScorer.Error e = r.errors().get(i);
        String text = texts.get(e.document());
        String words = text == null ? "" : excerpt(text, e.span());
        out.printf("%s %s: %s%n    %s%n", e.document(), e.kind(), e.detail(), words);
      }
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
