package org.storyline.app.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.storyline.summarize.SourcedSentence;
import org.storyline.summarize.Timeline;

/** A timeline summary as text, Markdown or JSON ({@code {"timeline": [{date, sentences, sources}]}}). */
public final class TimelineSummaryViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineSummaryViews() {}

  /** {@code {"timeline": [{"date", "sentences": [...], "sources": [{article, outlet, published, start, end}]}]}}. */
  public static ObjectNode json(Timeline timeline) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode entries = root.putArray("timeline");
    for (Timeline.Entry e : timeline.entries()) {
      ObjectNode o = entries.addObject();
      o.put("date", e.date().toString());
      ArrayNode sentences = o.putArray("sentences");
      ArrayNode sources = o.putArray("sources");
      for (SourcedSentence s : e.sentences()) {
        sentences.add(s.text());
        sources.add(source(s));
      }
    }
    return root;
  }

  /** Where a sentence comes from: {@code {article, outlet, published, start, end}}. */
  public static ObjectNode source(SourcedSentence s) {
    ObjectNode src = JSON.createObjectNode();
    src.put("article", s.articleId());
    if (s.outlet() != null) {
      src.put("outlet", s.outlet());
    }
    src.put("published", s.published().toString());
    src.put("start", s.span().start());
    src.put("end", s.span().end());
    return src;
  }

  /** One block per date: the date, then each sentence with its article, outlet and date. */
  public static void text(Timeline timeline, PrintWriter out) {
    for (Timeline.Entry e : timeline.entries()) {
      out.println(e.date());
      for (SourcedSentence s : e.sentences()) {
        out.println("  - " + s.asShown() + "  [" + cite(s) + "]");
      }
    }
  }

  /** A Markdown section per date. */
  public static void markdown(Timeline timeline, PrintWriter out) {
    for (Timeline.Entry e : timeline.entries()) {
      out.println("### " + e.date());
      out.println();
      for (SourcedSentence s : e.sentences()) {
        out.println("- " + s.asShown().replace("\n", " ") + " *(" + cite(s) + ")*");
      }
      out.println();
    }
  }

  /** "article, outlet, date, start-end". */
  static String cite(SourcedSentence s) {
    return s.articleId() + (s.outlet() == null ? "" : ", " + s.outlet()) + ", " + s.published() + ", "
        + s.span().start() + "-" + s.span().end();
  }
}
