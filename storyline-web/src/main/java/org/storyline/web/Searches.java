package org.storyline.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.storyline.search.SearchQuery;
import org.storyline.search.SearchResult;

/** Reads a search from the query string, the same for the API, the pages, exports and feeds. */
final class Searches {

  /** The longest query text accepted. */
  static final int MAX_TEXT = 1000;

  private Searches() {}

  /** A search as asked. */
  record Request(SearchQuery query) {
    /** How many results there are to page through: articles, or stories when grouped. */
    long size(SearchResult result) {
      return query.grouping() == SearchQuery.Grouping.STORIES ? result.storyTotal() : result.total();
    }

    boolean filtered() {
      return !query.text().isBlank() || query.from().isPresent() || query.to().isPresent()
          || !query.outlets().isEmpty() || !query.entities().isEmpty();
    }
  }

  static Request read(Context ctx, Site site) {
    String text = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    if (text.length() > MAX_TEXT) {
      throw Problem.badRequest("q has " + text.length() + " characters; at most " + MAX_TEXT + " are accepted");
    }
    String group = ctx.queryParam("group") == null ? "articles" : ctx.queryParam("group").toLowerCase(Locale.ROOT);
    SearchQuery.Grouping grouping = switch (group) {
      case "articles", "" -> SearchQuery.Grouping.ARTICLES;
      case "stories" -> SearchQuery.Grouping.STORIES;
      default -> throw Problem.badRequest("group must be 'articles' or 'stories', not '" + group + "'");
    };
    return new Request(new SearchQuery(text, Site.date(ctx, "from"), Site.date(ctx, "to"), values(ctx, "outlet"),
        values(ctx, "entity"), grouping, Cursor.offset(ctx.queryParam("cursor")), site.limit(ctx)));
  }

  /** A repeated query parameter's values, stripped, blanks (an empty form field) and repeats left out. */
  static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
  }
}
