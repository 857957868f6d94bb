package org.storyline.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.StoreReader;
import org.storyline.engine.SubEventSummary;
import org.storyline.extract.claim.Claim;
import org.storyline.model.Article;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.SubEvent;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.ClaimValues;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.MergeReason;
import org.storyline.search.ArticleHit;
import org.storyline.search.Facets;
import org.storyline.search.SearchResult;
import org.storyline.search.Snippet;
import org.storyline.search.StoryHit;
import org.storyline.summarize.SourcedSentence;

/**
 * What the API answers and the pages show: flat records of the stored ones, with the field names
 * the OpenAPI document gives. Text is plain; escaping is the page's and the JSON writer's job.
 */
final class Views {

  private Views() {}

  /** A page of a list and the cursor of the next page (null on the last). */
  record Page<T>(List<T> items, String next) {
    static <T> Page<T> of(List<T> items, int offset, int limit, boolean more) {
      return new Page<>(items, more ? Cursor.after(offset + limit) : null);
    }
  }

  record StorySummary(String id, String headline, LocalDate first, LocalDate last, int articles, List<String> outlets) {
    /** The story as a list shows it, with the headline {@code reader} gives it. */
    static StorySummary of(Story s, StoreReader reader) {
      return new StorySummary(s.id().value(), reader.headline(s), s.first(), s.last(), s.size(), s.outlets());
    }
  }

  /** {@code label}: what the pages call it ({@link Article#label()}: the title, else the text's first line). */
  record ArticleSummary(String id, String title, String label, String outlet, LocalDate published, boolean dateInferred,
      String url) {
    static ArticleSummary of(Article a) {
      return new ArticleSummary(a.id().value(), a.title(), a.label(), a.outlet(), a.publishedOpt().map(p -> p.date()).orElse(null),
          a.publishedOpt().map(p -> p.isInferred()).orElse(false), a.url());
    }
  }

  /**
   * A sub-event with its articles; {@code headline} and {@code summary} (its sentences as one
   * paragraph) are null when the engine stored none for it.
   */
  record SubEventView(int number, LocalDate first, LocalDate last, String headline, String summary,
      List<ArticleSummary> articles) {}

  record StoryDetail(String id, String headline, LocalDate first, LocalDate last, int articles, List<String> outlets,
      List<SubEventView> subEvents, List<EntityRef> entities, List<DayCount> coverage) {}

  record EntityRef(String name, String type, int mentions) {
    static EntityRef of(EntitySummary e) {
      return new EntityRef(e.name(), e.type().name(), e.mentions());
    }
  }

  record DayCount(LocalDate day, int articles) {}

  /** Sourced sentences as one paragraph of their stripped texts; null for none. */
  static String paragraph(List<SourcedSentence> sentences) {
    return sentences.isEmpty() ? null : String.join(" ", sentences.stream().map(SourcedSentence::asShown).toList());
  }

  /** Articles per publication day, in date order; undated articles are left out. */
  static List<DayCount> coverage(List<Article> articles) {
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    for (Article a : articles) {
      a.publishedOpt().ifPresent(p -> days.merge(p.date(), 1, Integer::sum));
    }
    return days.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
  }

  static StoryDetail detail(Story s, String headline, List<Article> articles, List<EntitySummary> entities,
      Optional<org.storyline.engine.StorySummary> summary) { // the engine's, not this file's list row
    java.util.Map<String, Article> byId = new java.util.HashMap<>();
    articles.forEach(a -> byId.put(a.id().value(), a));
    List<SubEventView> subs = new ArrayList<>();
    for (SubEvent e : s.subEvents()) {
      Optional<SubEventSummary> told = summary.flatMap(x -> x.subEvent(e.number()));
      subs.add(new SubEventView(e.number(), e.first(), e.last(),
          told.map(SubEventSummary::headline).filter(h -> !h.isBlank()).orElse(null),
          told.map(t -> paragraph(t.sentences())).orElse(null),
          e.articles().stream().map(id -> byId.get(id.value())).filter(a -> a != null).map(ArticleSummary::of).toList()));
    }
    return new StoryDetail(s.id().value(), headline, s.first(), s.last(), s.size(), s.outlets(), subs,
        entities.stream().map(EntityRef::of).toList(), coverage(articles));
  }

  /**
   * One value of a claim group as one article gives it. {@code source}: who the article says gave
   * the value, null when the article gives it itself; {@code times}: how many of the group's claims
   * of the article give it (a caption repeated on a gallery page: 2).
   */
  record ClaimValue(String text, double low, double high, String article, String outlet, LocalDate published,
      String source, String modality, int times) {
    static List<ClaimValue> of(ClaimValues.Value v, String modality) {
      return v.sources().stream().map(s -> new ClaimValue(v.text(), v.low(), v.high(), s.article().value(), s.outlet().orElse(null),
          s.published().orElse(null), s.source().orElse(null), modality, s.times())).toList();
    }
  }

  /**
   * A claim group by value: a row per value and article giving it, the two values that show a
   * disagreement first. {@code moreValues} and {@code moreSources}: the values, and the articles of
   * the values listed, left out (a page of groups lists a few of each; a story's groups list all).
   */
  record ClaimGroupView(String id, String thing, String owner, String modality, String unit, boolean disagreement,
      int claims, int articles, int distinctValues, List<ClaimValue> values, int moreValues, int moreSources) {
    static ClaimGroupView of(ClaimSummary g) {
      ClaimValues v = g.values();
      return new ClaimGroupView(g.id().toString(), g.thing(), g.owner().orElse(null), g.modality().name(), g.unit().name(),
          g.disagreement(), v.claims(), v.articles(), v.distinct(),
          v.values().stream().flatMap(x -> ClaimValue.of(x, g.modality().name()).stream()).toList(), v.moreValues(),
          v.values().stream().mapToInt(ClaimValues.Value::moreSources).sum());
    }

    /** A story's groups, whole, in the order the store gives them. */
    static List<ClaimGroupView> ofStory(StoryId story, List<ClaimGroup> groups) {
      List<ClaimGroupView> out = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        out.add(of(ClaimSummary.whole(new ClaimGroupId(story, i + 1), groups.get(i))));
      }
      return out;
    }
  }

  /** One event of a story's timeline, with its articles and the dates other sources give. */
  record TimelineEventView(String date, LocalDate first, LocalDate last, String precision, String status, LocalDate announced,
      String label, String type, List<String> participants, List<String> articles, List<String> outlets, List<String> otherDates) {
    static TimelineEventView of(org.storyline.reconcile.timeline.TimelineEvent e) {
      return new TimelineEventView(e.when().toString(), e.when().first(), e.when().last(), e.when().precision().name(),
          e.status().name(), e.announced().orElse(null), e.label(), e.type().name(), e.participants(),
          e.articles().stream().map(a -> a.value()).toList(),
          e.sources().stream().flatMap(x -> x.outlet().stream()).distinct().toList(),
          e.conflicts().stream().map(c -> c.when().toString()).toList());
    }
  }

  record QuoteView(String speaker, String kind, String text, String article, String outlet, LocalDate published) {
    static QuoteView of(Quote q, Article a) {
      return new QuoteView(q.speakerOpt().map(s -> s.name()).orElse(null), q.kind().name(), q.text(a.text()),
          a.id().value(), a.outlet(), a.publishedOpt().map(p -> p.date()).orElse(null));
    }
  }

  record EntityView(String id, String name, String type, List<String> aliases, int mentions, int articles, int stories) {
    static EntityView of(EntitySummary e) {
      return new EntityView(e.id().value(), e.name(), e.type().name(), List.copyOf(e.aliases()), e.mentions(),
          e.articles(), e.stories());
    }
  }

  record Reason(String kind, String name, String other, String article, String explanation) {
    static Reason of(MergeReason r) {
      return new Reason(r.kind().name(), r.name(), r.other(), r.articleOpt().map(a -> a.value()).orElse(null), r.explanation());
    }
  }

  record EntityDetail(String id, String name, String type, List<String> aliases, int mentions, long articles,
      List<Reason> reasons, List<StorySummary> stories, List<DayCount> mentionsByDay) {}

  static EntityDetail entity(Entity e, List<StorySummary> stories, List<DayCount> byDay) {
    return new EntityDetail(e.id().value(), e.canonicalName(), e.type().name(), List.copyOf(e.aliases()),
        e.mentionCount(), e.articleCount(), distinctReasons(e.reasons()),
        stories, byDay);
  }

  /** One reason per kind and pair of names (the first article that gave it): the same merge is not listed per article. */
  static List<Reason> distinctReasons(List<MergeReason> reasons) {
    java.util.Map<List<String>, Reason> out = new java.util.LinkedHashMap<>();
    for (MergeReason r : reasons) {
      out.putIfAbsent(List.of(r.kind().name(), r.name(), r.other(), r.explanation()), Reason.of(r));
    }
    return List.copyOf(out.values());
  }

  record Span(int start, int end) {}

  record SnippetView(String text, List<Span> highlights) {
    static SnippetView of(Snippet s) {
      return new SnippetView(s.text(), s.highlights().stream().map(h -> new Span(h.start(), h.end())).toList());
    }
  }

  record Hit(String id, String story, String title, String outlet, LocalDate published, float score,
      List<SnippetView> snippets) {
    static Hit of(ArticleHit h) {
      return new Hit(h.article().value(), h.story().map(s -> s.value()).orElse(null), h.title(), h.outlet(),
          h.published().orElse(null), h.score(), h.snippets().stream().map(SnippetView::of).toList());
    }

    /** The same hit under another title: a page shows an untitled article by its label. */
    Hit titled(String label) {
      return new Hit(id, story, label, outlet, published, score, snippets);
    }
  }

  record StoryHitView(String story, long matching, List<Hit> best) {
    static StoryHitView of(StoryHit h) {
      return new StoryHitView(h.story().value(), h.matching(), h.best().stream().map(Hit::of).toList());
    }
  }

  record Facet(String value, long count) {}

  record FacetsView(List<Facet> outlets, List<Facet> entities, List<Facet> months) {
    static FacetsView of(Facets f) {
      return new FacetsView(facets(f.outlets()), facets(f.entities()), facets(f.months()));
    }

    private static List<Facet> facets(List<Facets.FacetCount> counts) {
      return counts.stream().map(c -> new Facet(c.value(), c.count())).toList();
    }
  }

  record SearchView(long total, long storyTotal, List<Hit> articles, List<StoryHitView> stories, FacetsView facets,
      String next) {
    static SearchView of(SearchResult r, String next) {
      return new SearchView(r.total(), r.storyTotal(), r.articles().stream().map(Hit::of).toList(),
          r.stories().stream().map(StoryHitView::of).toList(), FacetsView.of(r.facets()), next);
    }
  }

  static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }
}
