package org.storyline.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The story list's form as the user filled it: search text, dates, outlet, entity, grouping. It
 * gives back the form's values and the address of the list with one value changed (facet links).
 */
record Filters(String q, String from, String to, List<String> outlets, List<String> entities, String group) {

  static Filters read(Context ctx) {
    return new Filters(text(ctx, "q"), text(ctx, "from"), text(ctx, "to"), Searches.values(ctx, "outlet"),
        Searches.values(ctx, "entity"), Optional.ofNullable(ctx.queryParam("group")).orElse("stories"));
  }

  private static String text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).orElse("");
  }

  /** The search these filters ask for. */
  org.storyline.search.SearchQuery query(int offset, int limit) {
    if (q.length() > Searches.MAX_TEXT) {
      throw Problem.badRequest("the search has " + q.length() + " characters; at most " + Searches.MAX_TEXT + " are accepted");
    }
    return new org.storyline.search.SearchQuery(q, day("from", from), day("to", to), outlets, entities,
        group.equals("articles") ? org.storyline.search.SearchQuery.Grouping.ARTICLES
            : org.storyline.search.SearchQuery.Grouping.STORIES, offset, limit);
  }

  private static Optional<java.time.LocalDate> day(String name, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.LocalDate.parse(text.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw Problem.badRequest(name + " must be a day as YYYY-MM-DD, not '" + text + "'");
    }
  }

  boolean any() {
    return !q.isBlank() || !from.isBlank() || !to.isBlank() || !outlets.isEmpty() || !entities.isEmpty();
  }

  String outlet() {
    return outlets.isEmpty() ? "" : outlets.get(0);
  }

  String entity() {
    return entities.isEmpty() ? "" : entities.get(0);
  }

  /** This search as the address of a page ({@code path}: the list, the feed). */
  String href(String path) {
    List<Map.Entry<String, String>> p = new ArrayList<>();
    p.add(Map.entry("q", q));
    p.add(Map.entry("from", from));
    p.add(Map.entry("to", to));
    outlets.forEach(o -> p.add(Map.entry("outlet", o)));
    entities.forEach(e -> p.add(Map.entry("entity", e)));
    p.add(Map.entry("group", group.equals("stories") ? "" : group));
    return Href.with(path, p);
  }

  Filters withOutlet(String outlet) {
    return new Filters(q, from, to, toggle(outlets, outlet), entities, group);
  }

  Filters withEntity(String entity) {
    return new Filters(q, from, to, outlets, toggle(entities, entity), group);
  }

  /** The month {@code yyyy-MM} as the date range (or no range, when it is the range already). */
  Filters withMonth(String month) {
    java.time.YearMonth m = java.time.YearMonth.parse(month);
    String start = m.atDay(1).toString();
    String end = m.atEndOfMonth().toString();
    return start.equals(from) && end.equals(to) ? new Filters(q, "", "", outlets, entities, group)
        : new Filters(q, start, end, outlets, entities, group);
  }

  Filters withGroup(String grouping) {
    return new Filters(q, from, to, outlets, entities, grouping);
  }

  private static List<String> toggle(List<String> values, String value) {
    List<String> out = new ArrayList<>(values);
    if (!out.remove(value)) {
      out.add(value);
    }
    return out;
  }
}
