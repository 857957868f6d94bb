package org.storyline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.storyline.engine.StoreReader.StoryOrder;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;

/** The pages: story list and search, story, article, entity (with its merge and split forms), API docs. */
final class Pages {

  /** The most stories the list scans to apply date, outlet and entity filters without the index. */
  static final int SCAN = 1000;
  static final int PAGE = 30;

  private final Site site;
  private final StoryData data;
  private final StoryAnswers stories;

  Pages(Site site, StoryAnswers stories) {
    this.site = site;
    this.data = new StoryData(site);
    this.stories = stories;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::list);
    routes.get("/stories/{id}", ctx -> stories.serve(ctx, false));
    routes.get("/stories/{id}/feed.atom", ctx -> Feeds.story(site, ctx, site.story(ctx.pathParam("id"))));
    routes.get("/search/feed.atom", site.searchGate.admit(ctx -> Feeds.search(site, ctx, Filters.read(ctx))));
    routes.get("/articles/{id}", this::article);
    routes.get("/entity", this::entity);
    routes.post("/entity/merge", ctx -> decide(ctx, EntityDecision.merge(form(ctx, "name"), form(ctx, "other"))));
    routes.post("/entity/split", ctx -> decide(ctx, EntityDecision.split(form(ctx, "name"), form(ctx, "alias"))));
    routes.get("/api/docs", ctx -> site.page(ctx, "apidocs.jte", Api.BASE + "/openapi.json"));
  }

  /** The list page: the latest stories, or search results when the form asks for something. */
  record ListPage(Filters filters, List<Views.StorySummary> stories, String next, SearchPage search, String notice,
      String feed) {}

  /**
   * Search results with their facets as links that add or remove a filter; {@code headlines}: each
   * story group's headline by story id.
   */
  record SearchPage(Views.SearchView result, Map<String, String> headlines, boolean grouped, List<FacetLink> outlets, List<FacetLink> entities,
      List<FacetLink> months, String asArticles, String asStories, String csv, String json, String next) {}

  record FacetLink(String value, long count, String href, boolean chosen) {}

  private void list(Context ctx) throws Exception {
    Filters f = Filters.read(ctx);
    int offset = Cursor.offset(ctx.queryParam("cursor"));
    if (!f.any()) {
      List<Story> page = site.reader.stories(StoryOrder.LATEST, offset, PAGE + 1);
      String next = page.size() > PAGE ? Href.with("/", List.of(Map.entry("cursor", Cursor.after(offset + PAGE)))) : null;
      site.page(ctx, "stories.jte", new ListPage(f, page.stream().limit(PAGE).map(s -> Views.StorySummary.of(s, site.reader)).toList(), next,
          null, null, null));
      return;
    }
    site.searchGate.run(ctx, () -> searchList(ctx, f, offset));
  }

  private void searchList(Context ctx, Filters f, int offset) {
    SearchQuery query = f.query(offset, PAGE);
    try {
      SearchResult result = site.search.search(query);
      site.page(ctx, "stories.jte", new ListPage(f, List.of(), null, searchPage(f, query, result), null,
          f.href("/search/feed.atom")));
    } catch (UnsupportedOperationException e) {
      // no index: the filters that need none still work, over the latest stories
      String notice = f.q().isBlank() ? null : "Full-text search is not available on this server; the other filters are applied.";
      site.page(ctx, "stories.jte", new ListPage(f, scan(f, query), null, null, notice, null));
    }
  }

  private SearchPage searchPage(Filters f, SearchQuery query, SearchResult result) {
    boolean grouped = query.grouping() == SearchQuery.Grouping.STORIES;
    long size = grouped ? result.storyTotal() : result.total();
    String next = query.offset() + query.limit() < size
        ? f.href("/") + (f.href("/").contains("?") ? "&" : "?") + "cursor=" + Cursor.after(query.offset() + query.limit()) : null;
    Views.SearchView view = labelled(Views.SearchView.of(result, null));
    Map<String, String> headlines = site.headlines(view.stories().stream().map(Views.StoryHitView::story).toList());
    List<FacetLink> outlets = view.facets().outlets().stream()
        .map(c -> new FacetLink(c.value(), c.count(), f.withOutlet(c.value()).href("/"), f.outlets().contains(c.value()))).toList();
    List<FacetLink> entities = view.facets().entities().stream()
        .map(c -> new FacetLink(c.value(), c.count(), f.withEntity(c.value()).href("/"), f.entities().contains(c.value()))).toList();
    List<FacetLink> months = view.facets().months().stream()
        .map(c -> new FacetLink(c.value(), c.count(), f.withMonth(c.value()).href("/"), f.from().startsWith(c.value() + "-01")
            && !f.to().isBlank() && f.to().startsWith(c.value()))).toList();
    String api = f.withGroup(grouped ? "stories" : "articles").href(Api.BASE + "/search");
    String sep = api.contains("?") ? "&" : "?";
    return new SearchPage(view, headlines, grouped, outlets, entities, months, f.withGroup("articles").href("/"),
        f.withGroup("stories").href("/"), api + sep + "format=csv", api + sep + "format=json", next);
  }

  /**
   * The result as the page shows it: an untitled article (a plain-text file) under its label, as the
   * story page and the command line show it. The API keeps the stored title, empty when there is none.
   */
  private Views.SearchView labelled(Views.SearchView view) {
    UnaryOperator<Views.Hit> label = h -> h.title().isEmpty() ? h.titled(site.label(h.id())) : h;
    return new Views.SearchView(view.total(), view.storyTotal(), view.articles().stream().map(label).toList(),
        view.stories().stream()
            .map(g -> new Views.StoryHitView(g.story(), g.matching(), g.best().stream().map(label).toList())).toList(),
        view.facets(), view.next());
  }

  /** Without an index: the latest stories (at most {@link #SCAN}) that pass the dates, outlet and entity. */
  private List<Views.StorySummary> scan(Filters f, SearchQuery q) {
    Optional<Set<StoryId>> entityStories = q.entities().isEmpty() ? Optional.empty() : Optional.of(storiesNaming(q.entities()));
    List<Views.StorySummary> out = new ArrayList<>();
    for (Story s : site.reader.stories(StoryOrder.LATEST, 0, SCAN)) {
      boolean dates = (q.from().isEmpty() || s.lastOpt().map(d -> !d.isBefore(q.from().get())).orElse(false))
          && (q.to().isEmpty() || s.firstOpt().map(d -> !d.isAfter(q.to().get())).orElse(false));
      boolean outlet = q.outlets().isEmpty() || s.outlets().stream().anyMatch(q.outlets()::contains);
      boolean entity = entityStories.map(set -> set.contains(s.id())).orElse(true);
      if (dates && outlet && entity && out.size() < PAGE) {
        out.add(Views.StorySummary.of(s, site.reader));
      }
    }
    return out;
  }

  private Set<StoryId> storiesNaming(List<String> names) {
    Set<StoryId> out = null;
    for (String name : names) {
      Set<StoryId> these = new LinkedHashSet<>();
      site.reader.entity(name).ifPresent(e -> e.mentions().stream().map(EntityMention::article).distinct()
          .limit(StoryData.ENTITY_ARTICLES).forEach(a -> site.reader.storyOf(a).ifPresent(these::add)));
      if (out == null) {
        out = these;
      } else {
        out.retainAll(these);
      }
    }
    return out;
  }

  /** The story page. {@code summary} and {@code timeline} are null when the engine stored none for the story. */
  record StoryPage(Views.StoryDetail story, List<Views.ClaimGroupView> claims, List<Views.ClaimGroupView> disagreements,
      Map<String, List<Views.QuoteView>> quotes, Json.ScriptJson coverage, Json.ScriptJson claimSeries, String feed,
      String summary, Timeline timeline) {}

  /**
   * A story's timeline as lines: {@code listed}, its salient events; {@code all}, every event when
   * some are left out of {@code listed}, else empty.
   */
  record Timeline(List<String> listed, List<String> all) {}

  /** {@code heading}: the title cut to {@link #HEADING} characters (a page's first screen is not one title's). */
  record ArticlePage(StoryData.ArticleDetail article, String heading, List<Segments.Segment> segments) {}

  static final int HEADING = 300;

  static String heading(String title) {
    if (title == null) {
      return "(untitled)";
    }
    return title.length() <= HEADING ? title : title.substring(0, HEADING) + "…";
  }

  private void article(Context ctx) {
    StoryData.ArticleDetail a = data.articleDetail(site.article(ctx.pathParam("id")));
    site.page(ctx, "article.jte", new ArticlePage(a, heading(a.title()), Segments.of(a.text(), a.annotations())));
  }

  record EntityPage(Views.EntityDetail entity, Json.ScriptJson mentions, boolean writable) {}

  private void entity(Context ctx) {
    String name = Optional.ofNullable(ctx.queryParam("name")).orElse("").strip();
    if (name.isEmpty() || name.length() > 200) {
      throw Problem.badRequest("name the entity: /entity?name=NAME (at most 200 characters)");
    }
    Entity entity = site.reader.entity(name).orElseThrow(() -> Problem.notFound("no entity named '" + name + "'"));
    Views.EntityDetail detail = data.entity(entity);
    site.page(ctx, "entity.jte", new EntityPage(detail, Json.forPage(detail.mentionsByDay()), true));
  }

  private void decide(Context ctx, EntityDecision decision) {
    site.writes.decide(decision);
    ctx.redirect(Href.entity(decision.name()), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static String form(Context ctx, String name) {
    String value = ctx.formParam(name);
    if (value == null || value.isBlank() || value.length() > 200) {
      throw Problem.badRequest("the form needs '" + name + "' (1 to 200 characters)");
    }
    return value.strip();
  }

}
