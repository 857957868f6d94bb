package org.storyline.app.report;

import java.util.LinkedHashSet;
import java.util.Set;
import org.storyline.reconcile.timeline.EventSalience;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.app.view.ShownStory;
import org.storyline.app.view.StoryViews;
import org.storyline.app.view.SummaryViews;
import org.storyline.engine.StorySummary;
import org.storyline.engine.SubEventSummary;
import org.storyline.summarize.SourcedSentence;
import org.storyline.app.view.Summaries;
import org.storyline.model.ArticleId;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.SubEvent;
import java.util.Optional;
import java.util.function.Function;
import org.storyline.model.Article;

/** The stories section of the HTML report: each story with its sub-events, articles and duplicates. */
public final class HtmlStories {

  private HtmlStories() {}

  /** The story's summary as a paragraph, each sentence linked to its article in the report and cited in its title. */
  static String summary(ShownStory s) {
    return paragraph(s.summary().map(StorySummary::sentences).orElse(List.of()));
  }

  /** Sentences as a paragraph, each linked to its article in the report and cited in its title; empty for none. */
  private static String paragraph(List<SourcedSentence> sentences) {
    if (sentences.isEmpty()) {
      return "";
    }
    StringBuilder p = new StringBuilder("<p class=\"summary\">");
    for (SourcedSentence x : sentences) {
      String cite = x.outletOpt().orElse("") + " " + x.published() + ", characters " + x.span().start() + "–" + x.span().end();
      p.append("<a href=\"#a").append(HtmlReport.escape(x.articleId())).append("\" title=\"").append(HtmlReport.escape(cite.strip()))
          .append("\">").append(HtmlReport.escape(x.asShown())).append("</a> ");
    }
    return p.append("</p>\n").toString();
  }

  public static String section(List<ShownStory> stories, Function<ArticleId, Optional<Article>> articles) {
    if (stories.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<h2>Stories</h2>\n");
    for (ShownStory shown : stories) {
      Story s = shown.story();
      Map<ArticleId, DuplicateLink> dups = new HashMap<>();
      shown.duplicates().forEach(d -> dups.put(d.duplicate(), d));
      html.append("<section class=\"story\"><h3>").append(HtmlReport.escape(shown.headline())).append("</h3><div class=\"meta\"><code>")
          .append(s.id()).append("</code> · ").append(s.first() == null ? "undated" : s.first() + " – " + s.last()).append(" · ")
          .append(s.size()).append(s.size() == 1 ? " article" : " articles").append(" · ")
          .append(HtmlReport.escape(StoryViews.outlets(s))).append("</div>\n").append(summary(shown));
      html.append(timeline(shown.timeline(), StoryViews.titles(articles)));
      html.append("<ol>");
      Optional<StorySummary> summary = shown.summary();
      for (SubEvent e : s.subEvents()) {
        html.append("<li>").append(e.first() == null ? "undated" : e.first() + (e.last().equals(e.first()) ? "" : " – " + e.last()))
            .append(subEvent(summary.flatMap(x -> x.subEvent(e.number())))).append("<ul>");
        for (ArticleId id : e.articles()) {
          String headline = articles.apply(id).map(Article::label).orElse(id.value());
          html.append("<li><a href=\"#a").append(id).append("\">").append(HtmlReport.escape(Summaries.clip(headline, 90))).append("</a>");
          DuplicateLink d = dups.get(id);
          if (d != null) {
            html.append(" <em>(").append(d.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" duplicate of <code>")
                .append(d.original()).append("</code>)</em>");
          }
          html.append("</li>");
        }
        html.append("</ul></li>");
      }
      html.append("</ol></section>\n");
    }
    return html.toString();
  }

  /** A sub-event's headline (after its dates) and summary, when stored. */
  static String subEvent(Optional<SubEventSummary> sub) {
    if (sub.isEmpty()) {
      return "";
    }
    String headline = sub.get().headline().isBlank() ? "" : " <strong class=\"headline\">" + HtmlReport.escape(sub.get().headline()) + "</strong>";
    return headline + paragraph(sub.get().sentences());
  }

  private static final EventSalience SALIENCE = EventSalience.withDefaults();

  /**
   * The story's timeline as a table of its salient events ({@link EventSalience}): date, what
   * happened, status, sources (linked to their articles), other dates; when some are left out, every
   * event in a second table behind "show all N events".
   */
  static String timeline(StoryTimeline timeline, Function<ArticleId, String> titles) {
    if (timeline.events().isEmpty()) {
      return "";
    }
    List<TimelineEvent> listed = SALIENCE.listed(timeline, titles);
    int n = timeline.events().size();
    StringBuilder html = new StringBuilder("<details open><summary>Timeline: ");
    html.append(listed.size() == n ? n + (n == 1 ? " event" : " events") : listed.size() + " of " + n + " events, the salient ones")
        .append("</summary>");
    table(html, listed);
    if (listed.size() < n) {
      html.append("<details><summary>Show all ").append(n).append(" events</summary>");
      table(html, timeline.events());
      html.append("</details>");
    }
    return html.append("</details>\n").toString();
  }

  private static void table(StringBuilder html, List<TimelineEvent> events) {
    html.append("<table class=\"timeline\"><tr><th>date</th><th>what happened</th><th>status</th><th>sources</th></tr>");
    for (TimelineEvent e : events) {
      html.append("<tr><td>").append(HtmlReport.escape(e.when().toString())).append("</td><td>").append(HtmlReport.escape(e.wordsAndLabel()));
      for (TimelineEvent.Conflict c : e.conflicts()) {
        html.append("<br><em>also dated ").append(HtmlReport.escape(c.when().toString())).append(" by ").append(c.articles().size())
            .append(c.articles().size() == 1 ? " article" : " articles").append("</em>");
      }
      html.append("</td><td>").append(e.status() == TimelineEvent.Status.HAPPENED ? "happened" : "planned")
          .append(e.announced().map(d -> " (announced " + d + ")").orElse("")).append("</td><td>");
      Set<ArticleId> seen = new LinkedHashSet<>();
      for (TimelineEvent.Source src : e.sources()) {
        if (seen.add(src.article())) {
          html.append("<a href=\"#a").append(src.article()).append("\">")
              .append(HtmlReport.escape(src.outlet().orElse(src.article().value()))).append("</a> ");
        }
      }
      html.append("</td></tr>");
    }
    html.append("</table>");
  }
}
