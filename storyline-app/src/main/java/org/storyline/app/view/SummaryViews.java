package org.storyline.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;
import org.storyline.model.Story;
import org.storyline.summarize.SourcedSentence;

/** A story's stored headline and summary, as text and JSON. */
public final class SummaryViews {

  private SummaryViews() {}

  /** "  Summary:" and one indented line a sentence with its source; empty when none is stored. */
  public static String text(Story s, StoreReader tables) {
    return text(tables.summary(s.id()));
  }

  /** The same, of a summary read already. */
  public static String text(Optional<StorySummary> summary) {
    if (summary.isEmpty() || summary.get().sentences().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n  Summary:\n");
    for (SourcedSentence x : summary.get().sentences()) {
      out.append("    ").append(x.text().replace('\n', ' ')).append("  [").append(TimelineSummaryViews.cite(x)).append("]\n");
    }
    return out.toString();
  }

  /** Adds {@code "summary": {"headline", "sentences": [...], "sources": [...]}} to {@code story}. */
  public static void addJson(ObjectNode story, Story s, StoreReader tables) {
    addJson(story, tables.summary(s.id()));
  }

  /** The same, of a summary read already. */
  public static void addJson(ObjectNode story, Optional<StorySummary> stored) {
    stored.ifPresent(summary -> {
      ObjectNode n = story.putObject("summary");
      n.put("headline", summary.headline());
      ArrayNode sentences = n.putArray("sentences");
      ArrayNode sources = n.putArray("sources");
      for (SourcedSentence x : summary.sentences()) {
        sentences.add(x.text());
        sources.add(TimelineSummaryViews.source(x));
      }
    });
  }
}
