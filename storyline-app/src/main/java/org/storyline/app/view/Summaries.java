package org.storyline.app.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.extract.Extraction;
import org.storyline.model.ArticleId;
import org.storyline.model.Article;
import org.storyline.model.PublicationDate;
import org.storyline.model.Spaces;
import org.storyline.pipeline.RunSummary;

/** The text forms printed on a terminal. */
public final class Summaries {

  private static final int TITLE_WIDTH = 72;

  private Summaries() {}

  public static String runLine(RunSummary s) {
    return String.format(Locale.ROOT, "Read %d %s: %d %s (%d new, %d already stored), %d %s, %d %s.",
        s.files(), plural(s.files(), "file"), s.articles(), plural(s.articles(), "article"), s.added(),
        s.alreadyStored(), s.errors(), plural(s.errors(), "error"), s.warnings(), plural(s.warnings(), "warning"));
  }

  /**
   * The run, then each of {@code articles} with what was extracted from it (when {@code extractions}
   * has it), and where to find the others when the run analysed more ({@code analysed} in all).
   */
  public static String analysis(List<Article> articles, int analysed, RunSummary summary, String store, Path report,
      Map<ArticleId, Extraction> extractions) {
    StringBuilder out = new StringBuilder();
    out.append(runLine(summary)).append('\n');
    out.append("Store: ").append(store).append("   Report: ").append(report).append("\n\n");
    for (Article a : articles) {
      out.append(block(a));
      Extraction x = extractions.get(a.id());
      if (x != null) {
        long attributed = x.quotes().stream().filter(q -> q.speakerOpt().isPresent()).count();
        out.append("    found: ").append(count(x.mentions().size(), "name")).append(", ")
            .append(count(x.timexes().size(), "time expression")).append(", ").append(count(x.quotes().size(), "quote"))
            .append(" (").append(attributed).append(" attributed), ").append(count(x.claims().size(), "figure")).append('\n');
      }
      out.append('\n');
    }
    if (analysed > articles.size()) {
      out.append(String.format(Locale.ROOT, "... and %,d more %s: every one is in the report; `storyline articles` lists them.\n\n",
          analysed - articles.size(), plural(analysed - articles.size(), "article")));
    }
    return out.toString();
  }

  /** One line of an article list: id, date, outlet, size, headline. */
  public static String listLine(Article a) {
    return String.format(Locale.ROOT, "%s  %-10s  %-18s %6d words  %s",
        a.id(), date(a.published()), clip(a.outletOpt().orElse("-"), 18), a.wordCount(), clip(a.label(), TITLE_WIDTH));
  }

  /** A few lines about one article. */
  static String block(Article a) {
    StringBuilder out = new StringBuilder();
    out.append(a.id()).append("  ").append(clip(a.label(), TITLE_WIDTH)).append('\n');
    out.append("    ").append(date(a.published()));
    a.outletOpt().ifPresent(o -> out.append(" · ").append(o));
    out.append(" · ").append(a.origin()).append('\n');
    out.append("    ").append(a.wordCount()).append(" words, ").append(a.layout().paragraphs().size())
        .append(" paragraphs, ").append(a.removed().size()).append(" boilerplate ")
        .append(plural(a.removed().size(), "piece")).append(" dropped\n");
    a.layout().datelineOpt().ifPresent(s -> out.append("    dateline: ").append(s.of(a.text())).append('\n'));
    a.layout().bylineOpt().ifPresent(s -> out.append("    byline:   ").append(clip(s.of(a.text()), 100)).append('\n'));
    return out.toString();
  }

  public static String date(PublicationDate d) {
    if (d == null) {
      return "undated";
    }
    return d.isInferred() ? d.date() + "?" : d.date().toString();
  }

  public static String clip(String s, int width) {
    String one = oneLine(s).strip();
    return one.length() <= width ? one : one.substring(0, width - 1) + "…";
  }

  /** Each run of whitespace as one space ({@link Spaces#fold}): a report clips a few hundred thousand strings. */
  static String oneLine(String s) {
    return Spaces.fold(s);
  }

  private static String count(int n, String word) {
    return n + " " + plural(n, word);
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
