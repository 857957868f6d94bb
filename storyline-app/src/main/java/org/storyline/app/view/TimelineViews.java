package org.storyline.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.storyline.engine.EntityEvent;
import org.storyline.model.ArticleId;
import org.storyline.reconcile.timeline.EventSalience;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineEvent;
import org.storyline.reconcile.timeline.TimelineEvent.Source;

/**
 * The text, Markdown and JSON forms of a story's timeline and of an entity's events. A story's text
 * and Markdown timelines list the events {@link EventSalience} finds salient, and say how many
 * others there are; with {@code all}, every event with its salience. JSON holds every event, each
 * with its salience and whether it is listed by default.
 */
public final class TimelineViews {

  private static final int LABEL_WIDTH = 110;
  private static final EventSalience SALIENCE = EventSalience.withDefaults();

  private TimelineViews() {}

  /**
   * The timeline as indented text lines, one event a line with its sources and conflicting dates below.
   *
   * @param titles each article's title (null when none), which the salience reads
   * @param all every event, each with its salience, rather than the salient ones
   */
  public static String text(StoryTimeline timeline, Function<ArticleId, String> titles, boolean all) {
    if (timeline.events().isEmpty()) {
      return "";
    }
    List<TimelineEvent> listed = SALIENCE.listed(timeline, titles);
    Set<TimelineEvent> isListed = identitySet(listed);
    StringBuilder out = new StringBuilder("\n  Timeline\n");
    for (TimelineEvent e : all ? timeline.events() : listed) {
      out.append(line(e, "    "));
      if (all) {
        EventSalience.Salience s = SALIENCE.of(e, titles);
        out.append("            salience ").append(s.score()).append(s.points().isEmpty() ? "" : " (" + s.why() + ")")
            .append(isListed.contains(e) ? "" : ", not listed by default").append('\n');
      }
    }
    return out.append(hidden(timeline, listed, all, "    ")).toString();
  }

  private static Set<TimelineEvent> identitySet(List<TimelineEvent> events) {
    Set<TimelineEvent> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    out.addAll(events);
    return out;
  }

  /** "12 of 37 events listed (...)" when some are left out of the default view, else nothing. */
  static String hidden(StoryTimeline timeline, List<TimelineEvent> listed, boolean all, String indent) {
    int n = timeline.events().size();
    if (all || listed.size() == n) {
      return "";
    }
    return indent + listed.size() + " of " + n + " events listed, the salient ones; --all-events lists every one\n";
  }

  /** An entity's events, with the story of each. */
  public static String text(String entity, List<EntityEvent> events) {
    StringBuilder out = new StringBuilder("Events of ").append(entity).append(" (").append(events.size())
        .append(events.size() == 1 ? " event" : " events").append(")\n");
    for (EntityEvent e : events) {
      out.append(line(e.event(), "  ")).append("      story ").append(e.story()).append('\n');
    }
    return out.toString();
  }

  private static String line(TimelineEvent e, String indent) {
    StringBuilder out = new StringBuilder();
    out.append(indent).append(String.format(Locale.ROOT, "%-10s  ", e.when())).append(status(e)).append("  ")
        .append(Summaries.clip(e.wordsAndLabel(), LABEL_WIDTH)).append('\n');
    out.append(indent).append("            ").append(sources(e));
    if (!e.participants().isEmpty()) {
      out.append(" · ").append(String.join(", ", e.participants()));
    }
    out.append('\n');
    for (TimelineEvent.Conflict c : e.conflicts()) {
      out.append(indent).append("            also dated ").append(c.when()).append(" by ").append(c.articles().size())
          .append(c.articles().size() == 1 ? " article: " : " articles: ")
          .append(String.join(", ", c.articles().stream().map(Object::toString).toList())).append('\n');
    }
    return out.toString();
  }

  private static String status(TimelineEvent e) {
    String s = e.status() == TimelineEvent.Status.HAPPENED ? "happened" : "planned ";
    return e.announced().map(d -> s + " (announced " + d + ")").orElse(s);
  }

  private static String sources(TimelineEvent e) {
    Set<String> outlets = new LinkedHashSet<>();
    e.sources().forEach(s -> outlets.add(s.outlet().orElse(s.article().value())));
    int n = e.articles().size();
    return n + (n == 1 ? " article: " : " articles: ") + String.join(", ", outlets);
  }

  /** The timeline as a Markdown section with a table, every cell escaped for Markdown; the salient events unless {@code all}. */
  public static String markdown(StoryTimeline timeline, Function<ArticleId, String> titles, boolean all) {
    StringBuilder out = new StringBuilder("## Timeline\n\n");
    if (timeline.events().isEmpty()) {
      return out.append("No dated event yet.\n").toString();
    }
    List<TimelineEvent> listed = SALIENCE.listed(timeline, titles);
    out.append("| date | what happened | status | sources | other dates |\n|---|---|---|---|---|\n");
    for (TimelineEvent e : all ? timeline.events() : listed) {
      out.append("| ").append(e.when()).append(" | ").append(cell(e.wordsAndLabel())).append(" | ").append(cell(status(e).strip()))
          .append(" | ").append(cell(sources(e))).append(" | ")
          .append(cell(String.join("; ", e.conflicts().stream().map(c -> c.when() + " (" + c.articles().size() + ")").toList())))
          .append(" |\n");
    }
    String hidden = hidden(timeline, listed, all, "");
    return hidden.isEmpty() ? out.toString() : out.append('\n').append(hidden).toString();
  }

  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
  }

  /** The timeline as a JSON array of every event, each with its salience and whether the default views list it. */
  public static ArrayNode json(StoryTimeline timeline, Function<ArticleId, String> titles) {
    ArrayNode events = ArticleJson.array();
    Set<TimelineEvent> listed = identitySet(SALIENCE.listed(timeline, titles));
    for (TimelineEvent e : timeline.events()) {
      ObjectNode n = json(e);
      EventSalience.Salience s = SALIENCE.of(e, titles);
      ObjectNode salience = n.putObject("salience");
      salience.put("score", s.score());
      ObjectNode points = salience.putObject("points");
      for (EventSalience.Reason r : EventSalience.Reason.values()) {
        if (s.points().containsKey(r)) {
          points.put(r.name().toLowerCase(Locale.ROOT), s.points().get(r));
        }
      }
      n.put("listed", listed.contains(e));
      events.add(n);
    }
    return events;
  }

  /** An entity's events as a JSON array, each with its story. */
  public static ArrayNode json(List<EntityEvent> events) {
    ArrayNode out = ArticleJson.array();
    for (EntityEvent e : events) {
      ObjectNode n = json(e.event());
      n.put("story", e.story().value());
      out.add(n);
    }
    return out;
  }

  static ObjectNode json(TimelineEvent e) {
    ObjectNode n = ArticleJson.array().addObject();
    n.put("date", e.when().toString());
    n.put("first", e.when().first().toString());
    n.put("last", e.when().last().toString());
    n.put("precision", e.when().precision().name());
    n.put("label", e.label());
    n.put("type", e.type().name());
    n.put("status", e.status().name());
    n.put("announced", e.announced().map(Object::toString).orElse(null));
    ArrayNode participants = n.putArray("participants");
    e.participants().forEach(participants::add);
    ArrayNode articles = n.putArray("articles");
    e.articles().forEach(a -> articles.add(a.value()));
    ArrayNode sources = n.putArray("sources");
    for (Source s : e.sources()) {
      ObjectNode x = sources.addObject();
      x.put("article", s.article().value());
      x.put("outlet", s.outlet().orElse(null));
      x.put("published", s.published().map(Object::toString).orElse(null));
      x.put("text", s.text());
      x.put("start", s.trigger().start());
      x.put("end", s.trigger().end());
      x.put("modality", s.modality().name());
      x.put("date", s.when().map(Object::toString).orElse(null));
    }
    ArrayNode conflicts = n.putArray("conflicts");
    for (TimelineEvent.Conflict c : e.conflicts()) {
      ObjectNode x = conflicts.addObject();
      x.put("date", c.when().toString());
      ArrayNode ids = x.putArray("articles");
      c.articles().forEach(a -> ids.add(a.value()));
    }
    return n;
  }
}
