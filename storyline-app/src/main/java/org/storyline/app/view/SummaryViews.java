package org.storyline.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.storyline.engine.StorySummary;
import org.storyline.engine.SubEventSummary;
import org.storyline.model.SubEvent;
import org.storyline.summarize.SourcedSentence;

/** A story's stored headline and summary, and its sub-events', as text and JSON. */
public final class SummaryViews {

  private SummaryViews() {}

  /** "  Summary:" and one indented line a sentence with its source; empty when none is stored. */
  public static String text(Optional<StorySummary> summary) {
    if (summary.isEmpty() || summary.get().sentences().isEmpty()) {
      return "";
    }
    return "\n  Summary:\n" + sentences(summary.get().sentences(), "    ");
  }

  /** One line a sentence, each after {@code indent} and followed by its source. */
  static String sentences(List<SourcedSentence> sentences, String indent) {
    StringBuilder out = new StringBuilder();
    for (SourcedSentence x : sentences) {
      out.append(indent).append(x.asShown().replace('\n', ' ')).append("  [").append(TimelineSummaryViews.cite(x)).append("]\n");
    }
    return out.toString();
  }

  /**
   * The rest of a sub-event's first line (two spaces and its headline), then its summary a sentence
   * a line, marked off from the article lines that follow by "| "; just the line's end when none is stored.
   */
  static String subEventText(SubEvent e, Optional<StorySummary> summary) {
    Optional<SubEventSummary> sub = summary.flatMap(x -> x.subEvent(e.number()));
    if (sub.isEmpty()) {
      return "\n";
    }
    String headline = sub.get().headline().isBlank() ? "" : "  " + sub.get().headline().replace('\n', ' ');
    return headline + "\n" + sentences(sub.get().sentences(), "    | ");
  }

  /** Adds {@code "summary": {"headline", "sentences": [...], "sources": [...]}} to {@code story}. */
  public static void addJson(ObjectNode story, Optional<StorySummary> stored) {
    stored.ifPresent(summary -> {
      ObjectNode n = story.putObject("summary");
      n.put("headline", summary.headline());
      addSentences(n, summary.sentences());
    });
  }

  /** Adds {@code "headline"} and {@code "summary": {"sentences": [...], "sources": [...]}} to {@code subEvent}, when stored. */
  static void addJson(ObjectNode subEvent, SubEvent e, Optional<StorySummary> summary) {
    summary.flatMap(x -> x.subEvent(e.number())).ifPresent(sub -> {
      subEvent.put("headline", sub.headline());
      addSentences(subEvent.putObject("summary"), sub.sentences());
    });
  }

  private static void addSentences(ObjectNode n, List<SourcedSentence> summary) {
    ArrayNode sentences = n.putArray("sentences");
    ArrayNode sources = n.putArray("sources");
    for (SourcedSentence x : summary) {
      sentences.add(x.text());
      sources.add(TimelineSummaryViews.source(x));
    }
  }
}
