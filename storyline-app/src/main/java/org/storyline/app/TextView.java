package org.storyline.app;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Origin;
import org.storyline.model.Removal;

/** One article as text for a terminal: metadata, the cleaned text, then what was dropped. */
final class TextView {

  private TextView() {}

  static String article(Article a, List<Origin> origins) {
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
