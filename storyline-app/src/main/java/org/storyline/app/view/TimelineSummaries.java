package org.storyline.app.view;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;
import org.storyline.extract.Extraction;
import org.storyline.model.Story;
import org.storyline.summarize.DatewiseSummarizer;
import org.storyline.summarize.SourcedSentence;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineRequest;

/** A stored story's timeline summary (from its stored extractions: nothing is tagged again) and its Markdown brief. */
public final class TimelineSummaries {

  private TimelineSummaries() {}

  /** The story's {@code dates} most important dates, {@code sentences} sentences each. */
  public static Timeline of(Story story, StoreReader tables, int dates, int sentences) {
    List<Extraction> extractions = new ArrayList<>(tables.extractions(story.articles()).values());
    DatewiseSummarizer summarizer = new DatewiseSummarizer();
    return summarizer.summarize(summarizer.readExtracted(extractions), new TimelineRequest(dates, sentences, null, null));
  }

  /** Headline, summary, the timeline of events and (when given) a timeline summary as Markdown, each sentence with its source. */
  public static void markdown(Story story, StoreReader tables, Timeline timeline, PrintWriter out) {
    out.println("# " + tables.headline(story).replace('\n', ' '));
    out.println();
    out.println("Story `" + story.id() + "`, " + story.size() + (story.size() == 1 ? " article" : " articles")
        + (story.first() == null ? "" : ", " + story.first() + " to " + story.last()));
    out.println();
    List<SourcedSentence> summary = tables.summary(story.id()).map(StorySummary::sentences).orElse(List.of());
    if (!summary.isEmpty()) {
      out.println("## Summary");
      out.println();
      summary.forEach(s -> out.println("- " + s.text().replace('\n', ' ') + " *(" + TimelineSummaryViews.cite(s) + ")*"));
      out.println();
    }
    out.print(TimelineViews.markdown(tables.timeline(story.id())));
    out.println();
    if (timeline != null) {
      out.println("## Timeline summary");
      out.println();
      TimelineSummaryViews.markdown(timeline, out);
    }
  }
}
