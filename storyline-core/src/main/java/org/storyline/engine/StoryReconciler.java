package org.storyline.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.extract.Extraction;
import org.storyline.extract.claim.Claim;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.PublicationDate;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.SubEvent;
import org.storyline.reconcile.ArticleDater;
import org.storyline.reconcile.BatchDater;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.ClaimGrouper;
import org.storyline.reconcile.claim.RuleClaimGrouper;
import org.storyline.reconcile.claim.SourcedClaim;
import org.storyline.reconcile.timeline.ArticleEvents;
import org.storyline.reconcile.timeline.EventTimelineBuilder;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.timeline.TimelineBuilder;
import org.storyline.summarize.CoverageSummarizer;
import org.storyline.summarize.Headliner;
import org.storyline.summarize.StorySummarizer;
import org.storyline.summarize.TitleHeadliner;
import org.storyline.reconcile.entity.ArticleMentions;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.reconcile.entity.EntityKeys;
import org.storyline.reconcile.entity.Names;
import org.storyline.reconcile.entity.EntityResolver;
import org.storyline.reconcile.entity.RuleEntityResolver;

/**
 * The reconcile stage for the stories a batch touched, each on its own articles only:
 *
 * <ul>
 *   <li><b>dates</b>: the articles without a date of their own are dated against the story's
 *       others (its articles are its peers); an article whose date changed is extracted again, its
 *       time expressions anchored on the new date;
 *   <li><b>entities</b>: the story's mentions are resolved together (the scope is the story: in it
 *       a bare "Johnson" is one person, across a million articles it is nobody in particular), then
 *       keyed so that the same full name in two stories is one entity of the store;
 *   <li><b>claims</b>: the story's claims are grouped again;
 *   <li><b>timeline</b>: the story's event mentions are grouped into events and dated again;
 *   <li><b>summary</b>: the story's headline and summary are made again.
 * </ul>
 *
 * Every result depends on the story's articles and the user's decisions only, so a story gets the
 * same dates, entities and claims however its articles were split into batches.
 */
final class StoryReconciler {

  private final StoreReader reader;
  private final StoreWriter writer;
  private final ExtractionPool extractors;
  private final BatchDater dater = new BatchDater(ArticleDater.standard());
  private final EntityResolver resolver = new RuleEntityResolver();
  private final ClaimGrouper grouper = new RuleClaimGrouper();
  private final TimelineBuilder timelines = EventTimelineBuilder.withDefaults();
  private final Headliner headliner = new TitleHeadliner();
  private final StorySummarizer summarizer = new CoverageSummarizer();

  StoryReconciler(StoreReader reader, StoreWriter writer, ExtractionPool extractors) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.extractors = Objects.requireNonNull(extractors, "extractors");
  }

  /** What reconciling some stories gave. */
  record Result(Map<ArticleId, Extraction> extractions, Map<ArticleId, DateEstimate> dates, List<StoryEntities> entities,
      List<StoryClaims> claims, List<StoryTimeline> timelines, List<StorySummary> summaries) {
    static final Result EMPTY = new Result(Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

    Result withDates(Map<ArticleId, DateEstimate> other) {
      return new Result(extractions, other, entities, claims, timelines, summaries);
    }
  }

  /**
   * Reconciles {@code stories}; {@code fresh} holds the extractions of articles not stored yet;
   * {@code removed} stories (merged away) get no entities and no claims.
   */
  Result reconcile(List<Story> stories, Map<ArticleId, Extraction> fresh, List<StoryId> removed) {
    Map<ArticleId, Extraction> redone = new LinkedHashMap<>();
    Map<ArticleId, DateEstimate> dates = new LinkedHashMap<>();
    List<StoryEntities> entities = new ArrayList<>();
    List<StoryClaims> claims = new ArrayList<>();
    List<StoryTimeline> timelines = new ArrayList<>();
    List<StorySummary> summaries = new ArrayList<>();
    List<EntityDecision> decisions = stories.isEmpty() ? List.of() : reader.entityDecisions();
    // the store is read on this thread; each story is then reconciled on its own, on every core
    List<Members> members = new ArrayList<>(stories.size());
    for (Story s : stories) {
      members.add(new Members(s, extractionsOf(s, fresh, redone)));
    }
    List<Reconciled> done = (members.size() > 1 ? members.parallelStream() : members.stream())
        .map(m -> reconcile(m, decisions)).toList();
    for (Reconciled r : done) {
      redone.putAll(r.redone());
      dates.putAll(r.dates());
      entities.add(r.entities());
      claims.add(r.claims());
      timelines.add(r.timeline());
      summaries.add(r.summary());
    }
    for (StoryId r : removed) {
      entities.add(new StoryEntities(r, List.of()));
      claims.add(new StoryClaims(r, List.of()));
      timelines.add(StoryTimeline.empty(r));
      summaries.add(new StorySummary(r, "", List.of()));
    }
    return new Result(redone, dates, entities, claims, timelines, summaries);
  }

  /** A story's extractions as stored or just made. */
  private record Members(Story story, List<Extraction> extractions) {}

  /** What reconciling one story gave: the articles it dated again and their new extractions, and the story's results. */
  private record Reconciled(Map<ArticleId, Extraction> redone, Map<ArticleId, DateEstimate> dates, StoryEntities entities,
      StoryClaims claims, StoryTimeline timeline, StorySummary summary) {}

  /** One story, from its own articles only (so that stories can be reconciled at once, on several threads). */
  private Reconciled reconcile(Members story, List<EntityDecision> decisions) {
    Map<ArticleId, Extraction> redone = new LinkedHashMap<>();
    Map<ArticleId, DateEstimate> dates = new LinkedHashMap<>();
    StoryId id = story.story().id();
    List<Extraction> members = date(story.extractions(), redone, dates);
    StoryEntities found = entities(id, members, decisions);
    StoryClaims storyClaims = claims(id, members);
    StoryTimeline timeline = timeline(id, members, found);
    return new Reconciled(redone, dates, found, storyClaims, timeline, summary(story.story(), members, storyClaims, timeline));
  }

  /** The story's extractions in its order: fresh ones, stored ones, and those never made (an older store) made now. */
  private List<Extraction> extractionsOf(Story s, Map<ArticleId, Extraction> fresh, Map<ArticleId, Extraction> redone) {
    List<ArticleId> stored = s.articles().stream().filter(id -> !fresh.containsKey(id)).toList();
    Map<ArticleId, Extraction> found = stored.isEmpty() ? Map.of() : reader.extractions(stored);
    List<Extraction> out = new ArrayList<>(s.size());
    for (ArticleId id : s.articles()) {
      Extraction x = fresh.containsKey(id) ? fresh.get(id) : found.get(id);
      if (x == null) {
        Article a = reader.article(id).orElseThrow(() -> new IllegalStateException("story " + s.id() + " holds article " + id
            + ", which is not stored"));
        x = extractors.extract(a);
        redone.put(id, x);
      }
      out.add(x);
    }
    return out;
  }

  /**
   * Dates the story's articles that have no date of their own against the others; an article whose
   * date changed is extracted again. Returns the story's extractions as they now are.
   */
  private List<Extraction> date(List<Extraction> members, Map<ArticleId, Extraction> redone, Map<ArticleId, DateEstimate> dates) {
    boolean anyUndated = members.stream().anyMatch(x -> x.article().published() == null || x.article().published().isInferred());
    if (!anyUndated) {
      return members;
    }
    List<Article> asArrived = members.stream().map(x -> withoutInferredDate(x.article())).toList();
    BatchDater.Result r = dater.date(asArrived);
    List<Extraction> out = new ArrayList<>(members.size());
    for (Extraction x : members) {
      DateEstimate e = r.estimates().get(x.article().id());
      PublicationDate now = x.article().published();
      if (e != null && (now == null || !now.equals(e.toPublicationDate()))) {
        Extraction again = extractors.extract(x.article().withPublished(e.toPublicationDate()));
        redone.put(again.article().id(), again);
        dates.put(again.article().id(), e);
        out.add(again);
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /** The article with the date its input gave, if any: an inferred one is what the story is about to decide again. */
  private static Article withoutInferredDate(Article a) {
    return a.published() != null && a.published().isInferred() ? a.withPublished(null) : a;
  }

  private StoryEntities entities(StoryId story, List<Extraction> members, List<EntityDecision> decisions) {
    List<ArticleMentions> mentions = new ArrayList<>(members.size());
    for (Extraction x : members) {
      mentions.add(new ArticleMentions(x.article().id(), x.article().text(), x.mentions()));
    }
    List<StoryEntities.Linked> linked = new ArrayList<>();
    for (Entity e : resolver.resolve(mentions, decisions)) {
      linked.add(new StoryEntities.Linked(e, key(story, e, decisions)));
    }
    return new StoryEntities(story, linked);
  }

  /**
   * The entity's key across stories: its link key, or one of this story alone (a bare surname); a
   * user's merge of two names gives both the key of the first.
   */
  static String key(StoryId story, Entity e, List<EntityDecision> decisions) {
    for (EntityDecision d : decisions) {
      if (d.kind() == EntityDecision.Kind.MERGE && (isNamed(e, d.name()) || isNamed(e, d.other()))) {
        return "merge:" + Names.fold(d.name());
      }
    }
    return EntityKeys.linkKey(e).orElseGet(() -> "story:" + story.value() + ":" + e.type() + ":" + Names.fold(e.canonicalName()));
  }

  private static boolean isNamed(Entity e, String name) {
    String folded = Names.fold(name);
    return e.names().stream().anyMatch(n -> Names.fold(n).equals(folded));
  }

  private StoryTimeline timeline(StoryId story, List<Extraction> members, StoryEntities entities) {
    List<ArticleEvents> articles = members.stream().map(x -> new ArticleEvents(x.article(), x.events())).toList();
    return timelines.build(story, articles, entities.entities().stream().map(StoryEntities.Linked::entity).toList());
  }

  private StoryClaims claims(StoryId story, List<Extraction> members) {
    List<SourcedClaim> sourced = new ArrayList<>();
    Map<ArticleId, Extraction> byArticle = new HashMap<>();
    for (Extraction x : members) {
      Article a = x.article();
      byArticle.put(a.id(), x);
      for (Claim c : x.claims()) {
        sourced.add(new SourcedClaim(c, a.id(), a.outletOpt(), a.publishedOpt().map(PublicationDate::date)));
      }
    }
    List<StoryClaims.Group> groups = new ArrayList<>();
    for (ClaimGroup g : grouper.group(sourced)) {
      // claims are compared by value: look for the member's claim in its own article
      groups.add(new StoryClaims.Group(g, g.members().stream().map(m -> byArticle.get(m.article()).claims().indexOf(m.claim())).toList()));
    }
    return new StoryClaims(story, groups);
  }

  /**
   * The story's headline and summary, and each sub-event's from its own articles, from the articles
   * as now dated, the story's claim groups (a sub-event's sentence may show a figure the story
   * disagrees on) and its timeline (the happenings a summary tells; a sub-event's own articles
   * weigh them).
   */
  private StorySummary summary(Story story, List<Extraction> members, StoryClaims claims, StoryTimeline timeline) {
    List<ClaimGroup> groups = claims.groups().stream().map(StoryClaims.Group::group).toList();
    StorySummarizer.Read read = summarizer.read(members, groups, timeline.events());
    Map<ArticleId, Extraction> byArticle = new HashMap<>();
    members.forEach(x -> byArticle.put(x.article().id(), x));
    // a headline depends on the set of articles only: a story's only sub-event has the story's
    Map<Set<ArticleId>, String> headlines = new HashMap<>();
    List<SubEventSummary> subEvents = new ArrayList<>();
    for (SubEvent e : story.subEvents()) {
      List<Extraction> articles = e.articles().stream().map(byArticle::get).filter(Objects::nonNull).toList();
      if (!articles.isEmpty()) {
        subEvents.add(new SubEventSummary(e.number(), headline(articles, headlines),
            read.summary(articles, SubEventSummary.DEFAULT_WORDS)));
      }
    }
    return new StorySummary(story.id(), headline(members, headlines), read.summary(members, StorySummary.DEFAULT_WORDS),
        subEvents);
  }

  private String headline(List<Extraction> articles, Map<Set<ArticleId>, String> made) {
    Set<ArticleId> ids = new HashSet<>();
    articles.forEach(x -> ids.add(x.article().id()));
    return made.computeIfAbsent(ids, k -> headliner.headline(articles));
  }
}
