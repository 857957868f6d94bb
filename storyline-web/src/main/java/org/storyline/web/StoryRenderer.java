package org.storyline.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.StorySummary;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Story;
import org.storyline.reconcile.entity.EntityId;
import org.storyline.reconcile.timeline.EventSalience;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineEvent;

/** Makes a story's page and its API answer from one reading of the store. */
final class StoryRenderer {

  /**
   * A story's two answers, as a request would get them.
   *
   * @param page the story page, UTF-8 HTML
   * @param api the story API answer ({@code GET /api/v1/stories/{id}}), JSON
   * @param apiEtag the API answer's ETag
   * @param entities the store-wide entities both show (their names and counts), so their changes are seen
   */
  record Rendered(byte[] page, byte[] api, String apiEtag, List<EntityId> entities) {}

  private static final EventSalience SALIENCE = EventSalience.withDefaults();

  private final Site site;
  private final StoryData data;

  StoryRenderer(Site site) {
    this.site = site;
    this.data = new StoryData(site);
  }

  Rendered render(Story story) {
    List<Article> articles = site.articles(story);
    Optional<StorySummary> summary = site.reader.summary(story.id());
    List<EntitySummary> entities = site.reader.entitiesOf(story.id());
    String headline = summary.map(StorySummary::headline).filter(h -> !h.isBlank()).orElse(story.headline());
    Views.StoryDetail detail = Views.detail(story, headline, articles, entities, summary);
    byte[] api = Json.bytes(detail);
    byte[] page = site.render("story.jte", page(story, articles, summary, detail));
    return new Rendered(page, api, Site.etag(api), entities.stream().map(EntitySummary::id).toList());
  }

  private Pages.StoryPage page(Story story, List<Article> articles, Optional<StorySummary> summary, Views.StoryDetail detail) {
    List<Views.ClaimGroupView> claims = Views.ClaimGroupView.ofStory(story.id(), site.reader.claims(story.id()));
    List<Views.ClaimGroupView> disagreements = claims.stream().filter(Views.ClaimGroupView::disagreement).toList();
    return new Pages.StoryPage(detail, claims, disagreements, StoryData.bySpeaker(data.quotes(articles)),
        Json.forPage(detail.coverage()), Json.forPage(Charts.claimSeries(claims)),
        "/stories/" + story.id().value() + "/feed.atom", summary.map(x -> Views.paragraph(x.sentences())).orElse(null),
        timeline(story, articles));
  }

  /**
   * One line per event of the stored timeline (date, status, its words and what, how many articles):
   * the salient ones ({@link EventSalience}) and every one; null when it has none.
   */
  private Pages.Timeline timeline(Story story, List<Article> articles) {
    StoryTimeline timeline = site.reader.timeline(story.id());
    if (timeline.events().isEmpty()) {
      return null;
    }
    Map<ArticleId, String> titles = new HashMap<>();
    articles.forEach(a -> titles.put(a.id(), a.title()));
    List<TimelineEvent> listed = SALIENCE.listed(timeline, titles::get);
    return new Pages.Timeline(lines(listed), listed.size() == timeline.events().size() ? List.of() : lines(timeline.events()));
  }

  private static List<String> lines(List<TimelineEvent> events) {
    return events.stream().map(e -> e.when() + " · " + (e.status() == TimelineEvent.Status.HAPPENED ? "" : "planned · ")
        + e.wordsAndLabel() + " (" + e.articles().size() + (e.articles().size() == 1 ? " article)" : " articles)")).toList();
  }
}
