package org.storyline.app.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.app.view.ClaimJson;
import org.storyline.app.view.Summaries;
import org.storyline.extract.Extraction;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.time.Timex;
import org.storyline.model.ArticleId;
import org.storyline.model.Quote;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.model.Removal;
import org.storyline.model.Span;
import org.storyline.pipeline.RunSummary;

/**
 * The HTML report of an analysis: one self-contained page (no scripts, no outside assets) that an
 * analyst can open, mail or archive.
 */
public final class HtmlReport {

  /** How many articles make rendering them on every core worth its start. */
  private static final int PARALLEL_FROM = 64;

  private static final String STYLE = """
      body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
      h1{font-size:1.6rem;margin-bottom:.2rem} .run{color:#555}
      article{border-top:1px solid #ccc;padding:1rem 0}
      h2{font-size:1.2rem;margin:.2rem 0} .meta{color:#555;font-size:.9rem}
      .meta code{font-size:.85rem} p{margin:.5rem 0} .dateline{font-weight:600}
      .byline{font-style:italic;color:#444} details{margin-top:.5rem;font-size:.9rem}
      .reason{display:inline-block;min-width:10rem;color:#a33;font-family:monospace}
      table{border-collapse:collapse} td{padding:.1rem .6rem .1rem 0;vertical-align:top}
      .problems li{font-family:monospace;font-size:.85rem}
      """;

  private HtmlReport() {}

  /**
   * The report, with {@code storiesHtml} (a ready section, see {@link HtmlStories}) before the
   * articles, and under each article what was extracted from it (when {@code extractions} has it);
   * it carries {@code key} ({@link KeptReport#key}), so that it is kept while its key is the same.
   */
  public static String render(List<Article> articles, Map<ArticleId, Extraction> extractions, RunSummary summary,
      List<Problem> problems, String storiesHtml, String key) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n").append(KeptReport.mark(key)).append("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Storyline report</title><style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>Storyline report</h1>\n<p class=\"run\">").append(runLine(summary)).append("</p>\n");
    if (!problems.isEmpty()) {
      html.append("<h2>Inputs with problems</h2><ul class=\"problems\">");
      problems.forEach(p -> html.append("<li>").append(escape(p.toString())).append("</li>"));
      html.append("</ul>\n");
    }
    html.append(storiesHtml);
    html.append("<h2>Articles</h2>\n<table>");
    for (Article a : articles) {
      html.append("<tr><td><a href=\"#a").append(a.id()).append("\"><code>").append(a.id()).append("</code></a></td><td>")
          .append(escape(Summaries.date(a.published()))).append("</td><td>").append(escape(a.outletOpt().orElse("")))
          .append("</td><td>").append(escape(Summaries.clip(a.label(), 90))).append("</td></tr>");
    }
    html.append("</table>\n");
    // each article's part on its own, on every core when they are many (analyze's report shows thousands)
    (articles.size() >= PARALLEL_FROM ? articles.parallelStream() : articles.stream())
        .map(a -> article(a, extractions.get(a.id())))
        .forEachOrdered(html::append);
    return html.append("</body></html>\n").toString();
  }

  /** The run line as the report shows it, escaped. */
  static String runLine(RunSummary summary) {
    return escape(Summaries.runLine(summary));
  }

  private static String article(Article a, Extraction x) {
    StringBuilder html = new StringBuilder(4 * a.text().length() / 3 + 1024);
    article(html, a, x);
    return html.toString();
  }

  private static void article(StringBuilder html, Article a, Extraction x) {
    html.append("<article id=\"a").append(a.id()).append("\">\n<h2>").append(escape(a.label())).append("</h2>\n")
        .append("<div class=\"meta\"><code>").append(a.id()).append("</code> · ").append(escape(Summaries.date(a.published())));
    a.outletOpt().ifPresent(o -> html.append(" · ").append(escape(o)));
    a.urlOpt().ifPresent(u -> html.append(" · ").append(link(u)));
    html.append(" · ").append(escape(a.origin().toString())).append(" · ").append(a.wordCount()).append(" words</div>\n");
    for (Span p : a.layout().paragraphs()) {
      html.append("<p").append(cssClass(a, p)).append('>');
      paragraph(html, a, p);
      html.append("</p>\n");
    }
    if (x != null) {
      extracted(html, x);
    }
    if (!a.removed().isEmpty()) {
      html.append("<details><summary>").append(a.removed().size()).append(" boilerplate pieces dropped</summary>");
      for (Removal r : a.removed()) {
        html.append("<div><span class=\"reason\">").append(r.reason()).append("</span> ")
            .append(escape(r.source().of(a.source()))).append("</div>");
      }
      html.append("</details>\n");
    }
    html.append("</article>\n");
  }

  /** Who said what, the figures given, the names and the dates, each with its words in the text. */
  private static void extracted(StringBuilder html, Extraction x) {
    String text = x.article().text();
    if (!x.quotes().isEmpty()) {
      html.append("<details open><summary>").append(x.quotes().size()).append(" quotes</summary><ul>");
      for (Quote q : x.quotes()) {
        String speaker = q.speakerOpt().map(sp -> sp.name() + " (" + sp.kind().name().toLowerCase(Locale.ROOT) + ")").orElse("unattributed");
        html.append("<li><b>").append(escape(speaker)).append("</b>: ").append(escape(Summaries.clip(q.text(text), 240))).append("</li>");
      }
      html.append("</ul></details>\n");
    }
    if (!x.claims().isEmpty()) {
      html.append("<details open><summary>").append(x.claims().size()).append(" figures</summary><ul>");
      for (Claim c : x.claims()) {
        html.append("<li>").append(escape(ClaimJson.line(c, c.source().map(s -> s.name()).orElse(x.article().outletOpt().orElse("the outlet")))))
            .append("</li>");
      }
      html.append("</ul></details>\n");
    }
    if (!x.mentions().isEmpty()) {
      Map<String, Set<String>> byType = new TreeMap<>();
      x.mentions().forEach(m -> byType.computeIfAbsent(m.type().name().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(m.text()));
      html.append("<details><summary>names</summary>");
      byType.forEach((type, names) -> html.append("<div><span class=\"reason\">").append(type).append("</span> ")
          .append(escape(String.join(", ", names))).append("</div>"));
      html.append("</details>\n");
    }
    if (!x.timexes().isEmpty()) {
      html.append("<details><summary>").append(x.timexes().size()).append(" time expressions, anchored on ")
          .append(x.timeAnchor().map(Object::toString).orElse("?")).append("</summary>");
      for (Timex t : x.timexes()) {
        html.append("<div><span class=\"reason\">").append(escape(t.value().toTimeML())).append("</span> ").append(escape(t.text()))
            .append("</div>");
      }
      html.append("</details>\n");
    }
  }

  /** A link for a web address; any other address (javascript:, data:, a file) is shown, never made clickable. */
  static String link(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    boolean web = u.startsWith("http://") || u.startsWith("https://");
    return web ? "<a href=\"" + escape(url.strip()) + "\" rel=\"noopener noreferrer\">" + escape(url) + "</a>" : escape(url);
  }

  private static String cssClass(Article a, Span p) {
    if (a.layout().bylineOpt().filter(p::equals).isPresent()) {
      return " class=\"byline\"";
    }
    return "";
  }

  /** A paragraph with its dateline set off. */
  private static void paragraph(StringBuilder html, Article a, Span p) {
    String text = a.text();
    Optional<Span> dateline = a.layout().datelineOpt().filter(p::contains);
    if (dateline.isEmpty()) {
      escape(html, text, p.start(), p.end());
      return;
    }
    Span d = dateline.get();
    escape(html, text, p.start(), d.start());
    html.append("<span class=\"dateline\">");
    escape(html, text, d.start(), d.end());
    html.append("</span>");
    escape(html, text, d.end(), p.end());
  }

  static String escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (entity(s.charAt(i)) != null) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(out, s, 0, s.length());
        return out.toString();
      }
    }
    return s; // most strings need nothing escaped: not copied
  }

  /** Appends {@code s} from {@code start} to {@code end}, escaped, without copying it first. */
  private static void escape(StringBuilder out, String s, int start, int end) {
    if (end > s.length()) {
      throw new IndexOutOfBoundsException(Span.of(start, end) + " is past the end of a text of " + s.length() + " chars");
    }
    int copied = start;
    for (int i = start; i < end; i++) {
      String entity = entity(s.charAt(i));
      if (entity != null) {
        out.append(s, copied, i).append(entity);
        copied = i + 1;
      }
    }
    out.append(s, copied, end);
  }

  private static String entity(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
