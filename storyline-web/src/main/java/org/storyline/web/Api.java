package org.storyline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.storyline.engine.StoreReader.StoryOrder;
import org.storyline.model.Article;
import org.storyline.model.Story;
import org.storyline.reconcile.entity.Entity;
import org.storyline.search.SearchResult;

/**
 * The REST API under {@code /api/v1}: JSON, cursor pages ({@code limit}, {@code cursor}; the answer's
 * {@code next}), ETags, problem details. {@code openapi.json} describes every route registered here.
 */
final class Api {

  static final String BASE = "/api/v1";

  private final Site site;
  private final StoryData data;
  private final StoryAnswers stories;

  Api(Site site, StoryAnswers stories) {
    this.site = site;
    this.data = new StoryData(site);
    this.stories = stories;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/openapi.json", this::openApi);
    routes.get(BASE + "/stories", this::stories);
    routes.get(BASE + "/stories/{id}", ctx -> stories.serve(ctx, true));
    routes.get(BASE + "/stories/{id}/articles", this::storyArticles);
    routes.get(BASE + "/stories/{id}/claims", this::storyClaims);
    routes.get(BASE + "/stories/{id}/quotes", this::storyQuotes);
    routes.get(BASE + "/stories/{id}/timeline", this::storyTimeline);
    routes.get(BASE + "/claims", this::claims);
    routes.get(BASE + "/entities", this::entities);
    // <name>, not {name}: a name may hold a slash ("AC/DC", "24/7 Wall St."), sent as is or as %2F
    routes.get(BASE + "/entities/<name>", ctx -> site.json(ctx, data.entity(entity(ctx.pathParam("name")))));
    routes.get(BASE + "/articles", this::articles);
    routes.get(BASE + "/articles/{id}", ctx -> site.json(ctx, data.articleDetail(site.article(ctx.pathParam("id")))));
    routes.post(BASE + "/articles", new Intake(site)::post);
    routes.get(BASE + "/search", site.searchGate.admit(this::search));
  }

  private void openApi(Context ctx) {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stories(Context ctx) {
    int offset = Cursor.offset(ctx.queryParam("cursor"));
    int limit = site.limit(ctx);
    List<Story> page = site.reader.stories(StoryOrder.LATEST, offset, limit + 1);
    site.json(ctx, page(page.stream().map(s -> Views.StorySummary.of(s, site.reader)).toList(), offset, limit));
  }

  private void storyArticles(Context ctx) {
    Story story = site.story(ctx.pathParam("id"));
    List<Views.ArticleSummary> rows = site.articles(story).stream().map(Views.ArticleSummary::of).toList();
    Exports.send(site, ctx, rows, "story-" + story.id().value() + "-articles");
  }

  private void storyClaims(Context ctx) {
    Story story = site.story(ctx.pathParam("id"));
    List<Views.ClaimGroupView> groups = Views.ClaimGroupView.ofStory(story.id(), site.reader.claims(story.id()));
    Exports.sendClaims(site, ctx, groups, "story-" + story.id().value() + "-claims");
  }

  private void storyTimeline(Context ctx) {
    Story story = site.story(ctx.pathParam("id"));
    List<Views.TimelineEventView> events = site.reader.timeline(story.id()).events().stream().map(Views.TimelineEventView::of).toList();
    Exports.send(site, ctx, events, "story-" + story.id().value() + "-timeline");
  }

  private void storyQuotes(Context ctx) {
    Story story = site.story(ctx.pathParam("id"));
    Exports.send(site, ctx, data.quotes(site.articles(story)), "story-" + story.id().value() + "-quotes");
  }

  private void claims(Context ctx) {
    int offset = Cursor.offset(ctx.queryParam("cursor"));
    int limit = site.limit(ctx);
    site.json(ctx, page(site.reader.claims(offset, limit + 1).stream().map(Views.ClaimGroupView::of).toList(), offset, limit));
  }

  private void entities(Context ctx) {
    int offset = Cursor.offset(ctx.queryParam("cursor"));
    int limit = site.limit(ctx);
    site.json(ctx, page(site.reader.entities(offset, limit + 1).stream().map(Views.EntityView::of).toList(), offset, limit));
  }

  private Entity entity(String name) {
    if (name.isBlank() || name.length() > 200) {
      throw Problem.notFound("no entity named '" + name + "'");
    }
    return site.reader.entity(name).orElseThrow(() -> Problem.notFound("no entity named '" + name + "'"));
  }

  private void articles(Context ctx) {
    int offset = Cursor.offset(ctx.queryParam("cursor"));
    int limit = site.limit(ctx);
    List<Article> page = site.reader.articles(offset, limit + 1);
    site.json(ctx, page(page.stream().map(Views.ArticleSummary::of).toList(), offset, limit));
  }

  private void search(Context ctx) {
    Searches.Request request = Searches.read(ctx, site);
    SearchResult result = site.search.search(request.query());
    String next = request.query().offset() + request.query().limit() < request.size(result)
        ? Cursor.after(request.query().offset() + request.query().limit()) : null;
    if (Exports.wanted(ctx)) {
      Views.SearchView view = Views.SearchView.of(result, next);
      List<Views.Hit> hits = new ArrayList<>(view.articles());
      view.stories().forEach(s -> hits.addAll(s.best()));
      Exports.send(site, ctx, hits, "search");
    } else {
      byte[] body = SearchJson.bytes(result, next); // the view's JSON, without the view
      site.json(ctx, body, Site.etag(body));
    }
  }

  /** A page from {@code limit + 1} rows read: the extra row only says whether there is a next page. */
  private static <T> Views.Page<T> page(List<T> rows, int offset, int limit) {
    boolean more = rows.size() > limit;
    return Views.Page.of(more ? rows.subList(0, limit) : rows, offset, limit, more);
  }

}
