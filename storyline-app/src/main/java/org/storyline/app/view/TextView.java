package org.storyline.app.view;

import java.util.List;
import java.util.Locale;
import org.storyline.extract.Extraction;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.model.Quote;
import org.storyline.model.Removal;
import org.storyline.reconcile.DateEstimate;

/** One article as text for a terminal: metadata, the cleaned text, then what was dropped. */
public final class TextView {

  private TextView() {}

  /** An article with what was extracted from it. */
  public static String annotation(Extraction x, DateEstimate dating) {
    StringBuilder out = new StringBuilder(article(x.article(), List.of(x.article().origin())));
    if (dating != null) {
      out.append(String.format("Date inferred: %s (confidence %.2f), because:%n", dating.date(), dating.confidence()));
      dating.evidence().forEach(e -> out.append(String.format("  %-22s %s%n", e.kind(), e.explanation())));
    }
    if (x.timeAnchor().isEmpty()) {
      out.append("Time expressions: not resolved, the article has no date (give one with --date).\n");
    } else if (!x.timexes().isEmpty()) {
      out.append("Time expressions (anchored on ").append(x.timeAnchor().get()).append("):\n");
      for (Timex t : x.timexes()) {
        out.append(String.format("  %-22s %-9s %s%n", t.value().toTimeML() + (t.mod() == null ? "" : " " + t.mod()), t.type(), t.text()));
      }
    }
    quotes(x, out);
    out.append(ClaimJson.text(x));
    return out.toString();
  }

  /** Each quote on one line: who (and how the sentence names them), the cue, the words. */
  private static void quotes(Extraction x, StringBuilder out) {
    if (x.quotes().isEmpty()) {
      return;
    }
    String text = x.article().text();
    out.append("Quotes:\n");
    for (Quote q : x.quotes()) {
      String who = q.speakerOpt().map(s -> {
        String named = s.mention().of(text);
        return s.name() + " (" + s.kind().name().toLowerCase(Locale.ROOT)
            + (named.equals(s.name()) ? "" : ", \"" + named + "\"") + ")";
      }).orElse("(no speaker)");
      String cue = q.cueOpt().map(c -> c.of(text)).orElse("-");
      out.append(String.format("  %-7s %s %s: %s%n", q.kind(), who, cue,
          Summaries.clip(q.text(text).replaceAll("\\s+", " "), 160)));
    }
  }

  public static String article(Article a, List<Origin> origins) {
    StringBuilder out = new StringBuilder(Summaries.block(a));
    if (origins.size() > 1) {
      out.append("    also read from: ");
      origins.subList(1, origins.size()).forEach(o -> out.append(o).append(' '));
      out.append('\n');
    }
    out.append('\n').append(a.text().strip()).append("\n\n");
    if (!a.removed().isEmpty()) {
      out.append("Dropped as boilerplate:\n");
      for (Removal r : a.removed()) {
        out.append("  ").append(String.format("%-16s", r.reason())).append(' ')
            .append(Summaries.clip(r.source().of(a.source()), 100)).append('\n');
      }
    }
    return out.toString();
  }
}
