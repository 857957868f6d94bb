package org.storyline.app.view;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;
import org.storyline.engine.SubEventSummary;
import org.storyline.extract.Extraction;
import org.storyline.model.Story;
import org.storyline.model.SubEvent;
import org.storyline.summarize.DatewiseSummarizer;
import org.storyline.summarize.SourcedSentence;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineRequest;

/** A stored story's timeline summary (from its stored extractions: nothing is tagged again) and its Markdown brief. */
public final class TimelineSummaries {

  private TimelineSummaries() {}

  /** "## Sub-events": each sub-event's headline, dates and size, and its summary; nothing when none is stored. */
  private static void subEvents(Story story, Optional<StorySummary> stored, PrintWriter out) {
    if (stored.isEmpty() || stored.get().subEvents().isEmpty()) {
      return;
    }
    out.println("## Sub-events");
    out.println();
    for (SubEvent e : story.subEvents()) {
      Optional<SubEventSummary> sub = stored.get().subEvent(e.number());
      if (sub.isEmpty()) {
        continue;
      }
      out.println("### " + e.number() + ". " + sub.get().headline().replace('\n', ' '));
      out.println();
      out.println("*" + (e.first() == null ? "undated" : e.first() + (e.last().equals(e.first()) ? "" : " to " + e.last())) + ", "
          + e.articles().size() + (e.articles().size() == 1 ? " article" : " articles") + "*");
      out.println();
      bullets(sub.get().sentences(), out);
    }
  }

  private static void bullets(List<SourcedSentence> sentences, PrintWriter out) {
    if (sentences.isEmpty()) {
      return;
    }
    sentences.forEach(s -> out.println("- " + s.asShown().replace('\n', ' ') + " *(" + TimelineSummaryViews.cite(s) + ")*"));
    out.println();
  }

  /** The story's {@code dates} most important dates, {@code sentences} sentences each. */
  public static Timeline of(Story story, StoreReader tables, int dates, int sentences) {
    List<Extraction> extractions = new ArrayList<>(tables.extractions(story.articles()).values());
    DatewiseSummarizer summarizer = new DatewiseSummarizer();
    return summarizer.summarize(summarizer.readExtracted(extractions), new TimelineRequest(dates, sentences, null, null));
  }

  /**
   * Headline, summary, the timeline of events (its salient ones, or with {@code allEvents} every one)
   * and (when given) a timeline summary as Markdown, each sentence with its source.
   */
  public static void markdown(Story story, StoreReader tables, Timeline timeline, boolean allEvents, PrintWriter out) {
    out.println("# " + tables.headline(story).replace('\n', ' '));
    out.println();
    out.println("Story `" + story.id() + "`, " + story.size() + (story.size() == 1 ? " article" : " articles")
        + (story.first() == null ? "" : ", " + story.first() + " to " + story.last()));
    out.println();
    Optional<StorySummary> stored = tables.summary(story.id());
    List<SourcedSentence> summary = stored.map(StorySummary::sentences).orElse(List.of());
    if (!summary.isEmpty()) {
      out.println("## Summary");
      out.println();
      bullets(summary, out);
    }
    subEvents(story, stored, out);
    out.print(TimelineViews.markdown(tables.timeline(story.id()), StoryViews.titles(tables::article), allEvents));
    out.println();
    if (timeline != null) {
      out.println("## Timeline summary");
      out.println();
      TimelineSummaryViews.markdown(timeline, out);
    }
  }
}
