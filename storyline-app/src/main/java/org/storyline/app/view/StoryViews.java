package org.storyline.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.ClusterDecision.FeatureScore;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Story;
import org.storyline.model.StoryMerge;
import org.storyline.model.SubEvent;
import java.util.function.Function;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;

/** The text and JSON forms of stories: for {@code stories}, {@code story} and {@code analyze}. */
public final class StoryViews {

  private StoryViews() {}

  /** One line of a story list: id, dates, size, outlets, headline. */
  public static String listLine(Story s, String headline) {
    return String.format(Locale.ROOT, "%s  %-10s  %-10s  %3d %s  %-30s  %s", s.id(), date(s.first()), date(s.last()),
        s.size(), s.size() == 1 ? "article " : "articles", Summaries.clip(outlets(s), 30), Summaries.clip(headline, 60));
  }

  /**
   * A story with its sub-events, articles, duplicates and salient events; with {@code why}, every
   * decision and merge; with {@code allEvents}, every event of its timeline.
   */
  public static String story(ShownStory shown, StoreReader tables, Function<ArticleId, Optional<Article>> articles, boolean why,
      boolean allEvents) {
    Story s = shown.story();
    StringBuilder out = new StringBuilder();
    out.append("Story ").append(s.id()).append("  ").append(shown.headline()).append('\n');
    out.append("    ").append(date(s.first())).append(" .. ").append(date(s.last())).append(" · ").append(s.size())
        .append(s.size() == 1 ? " article" : " articles").append(" · ").append(s.subEvents().size())
        .append(s.subEvents().size() == 1 ? " sub-event" : " sub-events");
    if (!s.outlets().isEmpty()) {
      out.append(" · ").append(outlets(s));
    }
    Optional<StorySummary> summary = shown.summary();
    out.append('\n').append(SummaryViews.text(summary));
    Map<ArticleId, DuplicateLink> dups = new HashMap<>();
    shown.duplicates().forEach(d -> dups.put(d.duplicate(), d));
    for (SubEvent e : s.subEvents()) {
      out.append("\n  Sub-event ").append(e.number()).append("  ").append(date(e.first())).append(" .. ")
          .append(date(e.last())).append(SummaryViews.subEventText(e, summary));
      for (ArticleId id : e.articles()) {
        out.append("    ").append(articleLine(id, articles));
        DuplicateLink d = dups.get(id);
        if (d != null) {
          out.append(String.format(Locale.ROOT, "   [%s duplicate of %s, %.2f]", d.kind().name().toLowerCase(Locale.ROOT),
              d.original(), d.similarity()));
        }
        out.append('\n');
      }
    }
    out.append(TimelineViews.text(shown.timeline(), titles(articles), allEvents));
    if (why) {
      out.append("\nWhy:\n");
      for (ClusterDecision d : tables.decisions(s.id())) {
        out.append("  #").append(d.seq()).append(' ').append(d.article()).append("  ").append(d.kind()).append(": ")
            .append(d.note()).append('\n');
        if (!d.features().isEmpty()) {
          out.append("      ").append(features(d.features()));
          d.bestOpt().ifPresent(b -> out.append("  (against story ").append(b).append(')'));
          out.append('\n');
        }
      }
      for (StoryMerge m : tables.merges(s.id())) {
        out.append("  merged story ").append(m.from()).append(" into ").append(m.into()).append(": ").append(m.reason())
            .append("\n      ").append(features(m.features())).append('\n');
      }
    }
    return out.toString();
  }

  /** The stories holding any of {@code articles}, largest first. */
  public static List<Story> storiesOf(java.util.Collection<ArticleId> articles, StoreReader tables) {
    java.util.Set<org.storyline.model.StoryId> ids = new java.util.LinkedHashSet<>();
    articles.forEach(a -> tables.storyOf(a).ifPresent(ids::add));
    List<Story> out = new java.util.ArrayList<>();
    ids.forEach(id -> tables.story(id.value()).ifPresent(out::add));
    out.sort(java.util.Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    return out;
  }

  /**
   * The stories part of {@code analyze}'s summary: {@code stories}, the largest of the run's {@code
   * count}, and where to find the others.
   */
  public static String summary(List<ShownStory> stories, int count, StoreReader tables, Function<ArticleId, Optional<Article>> articles) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(java.util.Locale.ROOT, "%,d", count)).append(count == 1 ? " story" : " stories");
    out.append(count > stories.size() ? ", the " + stories.size() + " largest:\n\n" : ":\n\n");
    for (ShownStory s : stories) {
      out.append(story(s, tables, articles, false, false)).append('\n');
    }
    if (count > stories.size()) {
      out.append(String.format(java.util.Locale.ROOT, "... and %,d more: `storyline stories` lists them all.\n", count - stories.size()));
    }
    return out.toString();
  }

  /** {@code analysisJson} with a {@code stories} array added. */
  public static String withStories(String analysisJson, List<ShownStory> stories, StoreReader tables) {
    try {
      ObjectNode node = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(analysisJson);
      ArrayNode list = node.putArray("stories");
      stories.forEach(s -> list.add(full(s, tables, false)));
      return ArticleJson.write(node);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the analysis JSON is ours and parses", e);
    }
  }

  static String features(List<FeatureScore> features) {
    StringBuilder out = new StringBuilder();
    for (FeatureScore f : features) {
      if (out.length() > 0) {
        out.append("  ");
      }
      out.append(f.name()).append(' ').append(f.known() ? String.format(Locale.ROOT, "%.3f", f.value()) : "n/a")
          .append(String.format(Locale.ROOT, " (w %.2f)", f.weight()));
    }
    return out.toString();
  }

  private static String articleLine(ArticleId id, Function<ArticleId, Optional<Article>> articles) {
    Optional<Article> a = articles.apply(id);
    return a.map(x -> String.format(Locale.ROOT, "%s  %-10s  %-18s %s", id, Summaries.date(x.published()),
            Summaries.clip(x.outletOpt().orElse("-"), 18), Summaries.clip(x.label(), 70)))
        .orElse(id + "  (not in the store)");
  }

  /** A story in a JSON list: id, headline, dates, size, outlets, sub-event count. */
  public static ObjectNode brief(Story s, String headline) {
    ObjectNode n = ArticleJson.array().addObject();
    n.put("id", s.id().value());
    n.put("headline", headline);
    n.put("first", s.first() == null ? null : s.first().toString());
    n.put("last", s.last() == null ? null : s.last().toString());
    n.put("article_count", s.size());
    ArrayNode outlets = n.putArray("outlets");
    s.outlets().forEach(outlets::add);
    n.put("sub_event_count", s.subEvents().size());
    return n;
  }

  /**
   * Each article's title, null when it has none or is not stored: what a timeline event's salience
   * reads, once an article (an event's salience asks for every source's article).
   */
  public static Function<ArticleId, String> titles(Function<ArticleId, Optional<Article>> articles) {
    Map<ArticleId, Optional<String>> read = new HashMap<>();
    return id -> read.computeIfAbsent(id, k -> articles.apply(k).map(Article::title)).orElse(null);
  }

  public static ObjectNode full(ShownStory shown, StoreReader tables, boolean why) {
    Story s = shown.story();
    ObjectNode n = brief(s, shown.headline());
    Optional<StorySummary> summary = shown.summary();
    SummaryViews.addJson(n, summary);
    ArrayNode subs = n.putArray("sub_events");
    for (SubEvent e : s.subEvents()) {
      ObjectNode sub = subs.addObject();
      sub.put("number", e.number());
      sub.put("first", e.first() == null ? null : e.first().toString());
      sub.put("last", e.last() == null ? null : e.last().toString());
      SummaryViews.addJson(sub, e, summary);
      ArrayNode ids = sub.putArray("articles");
      e.articles().forEach(a -> ids.add(a.value()));
    }
    ArrayNode ids = n.putArray("articles");
    s.articles().forEach(a -> ids.add(a.value()));
    n.set("timeline", TimelineViews.json(shown.timeline(), titles(tables::article)));
    ArrayNode dups = n.putArray("duplicates");
    for (DuplicateLink d : shown.duplicates()) {
      ObjectNode x = dups.addObject();
      x.put("article", d.duplicate().value());
      x.put("original", d.original().value());
      x.put("kind", d.kind().name());
      x.put("similarity", d.similarity());
    }
    if (why) {
      ArrayNode decisions = n.putArray("decisions");
      for (ClusterDecision d : tables.decisions(s.id())) {
        ObjectNode x = decisions.addObject();
        x.put("seq", d.seq());
        x.put("article", d.article().value());
        x.put("kind", d.kind().name());
        x.put("story", d.story().value());
        x.put("sub_event", d.subEvent());
        x.put("score", d.score());
        x.put("threshold", d.threshold());
        x.put("best", d.best() == null ? null : d.best().value());
        x.put("candidates", d.candidates());
        x.set("features", featureJson(d.features()));
        x.put("note", d.note());
      }
      ArrayNode merges = n.putArray("merges");
      for (StoryMerge m : tables.merges(s.id())) {
        ObjectNode x = merges.addObject();
        x.put("from", m.from().value());
        x.put("into", m.into().value());
        x.put("score", m.score());
        x.set("features", featureJson(m.features()));
        x.put("reason", m.reason());
      }
    }
    return n;
  }

  private static ArrayNode featureJson(List<FeatureScore> features) {
    ArrayNode a = ArticleJson.array();
    for (FeatureScore f : features) {
      ObjectNode x = a.addObject();
      x.put("name", f.name());
      if (f.known()) {
        x.put("value", f.value());
      } else {
        x.putNull("value");
      }
      x.put("weight", f.weight());
    }
    return a;
  }

  public static String outlets(Story s) {
    return s.outlets().isEmpty() ? "-" : String.join(", ", s.outlets());
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? "undated" : d.toString();
  }
}
