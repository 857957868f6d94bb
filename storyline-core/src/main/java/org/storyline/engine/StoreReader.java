package org.storyline.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;
import org.storyline.reconcile.Evidence;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.search.ArticleSearch;

/**
 * The read API every view is built on: what the engine stored, as typed records. Nothing here
 * runs a stage or loads a model; each call costs what it returns (an index look-up and the rows),
 * not the size of the store. Pages are {@code offset}, {@code limit}; a prefix is 4 to 16 hex
 * digits of an id and finds the one id that starts with it (empty when none or several do).
 */
public interface StoreReader {

  /** The number of stored articles. */
  long articleCount();

  /**
   * Which state of which store is read: a token that changes with every commit that changes what a
   * view may show (articles, extractions, dates, stories, entities, claims, timelines, summaries)
   * and differs between stores, so that a view made from the store (a report) may be kept as long
   * as the token is the same. Reading inputs again, and the problems met, do not change it.
   */
  String revision();

  /** The stored article; its date is the inferred one where it was inferred. */
  Optional<Article> article(ArticleId id);

  /**
   * The article whose id starts with {@code prefix}.
   *
   * @throws IllegalArgumentException when {@code prefix} is not 4 to 16 hex digits
   */
  Optional<Article> articleByPrefix(String prefix);

  /** A page of articles by publication date (undated last), then id. */
  List<Article> articles(int offset, int limit);

  /** Every input the article was read from, first first. */
  List<Origin> origins(ArticleId id);

  /** What the extract stages found in the article, as stored; empty when it was never extracted. */
  Optional<Extraction> extraction(ArticleId id);

  /** The stored extractions of these articles, by id, in their order; an article never extracted is left out. */
  Map<ArticleId, Extraction> extractions(Collection<ArticleId> ids);

  /**
   * The same as {@link #extractions}, each with its event mentions left out (an empty list): for a
   * view that does not show them (the report of {@code analyze}), as they are most of what is
   * stored of an extraction. A store may read them faster than whole extractions.
   */
  default Map<ArticleId, Extraction> extractionsWithoutEvents(Collection<ArticleId> ids) {
    Map<ArticleId, Extraction> out = new java.util.LinkedHashMap<>();
    extractions(ids).forEach((id, x) -> out.put(id,
        new Extraction(x.article(), x.timeAnchor(), x.timexes(), x.mentions(), x.quotes(), x.claims())));
    return out;
  }

  /**
   * The quotes of the stored extractions of these articles, by id in their order, each article's
   * in its extraction's order; an article never extracted is left out. The quotes {@link
   * #extractions} has, without the rest of each extraction (a story page shows only these).
   */
  default Map<ArticleId, List<Quote>> quotes(Collection<ArticleId> ids) {
    Map<ArticleId, List<Quote>> out = new LinkedHashMap<>();
    extractions(ids).forEach((id, x) -> out.put(id, x.quotes()));
    return out;
  }

  /** Stored articles whose extraction was made by another version of the extractors than {@code version}. */
  long outdatedExtractions(String version);

  /** Why an inferred publication date was inferred, strongest first; empty for a date of its own. */
  List<Evidence> dateEvidence(ArticleId id);

  /** Inputs that could not be read, in the order met. */
  List<Problem> problems();

  /** The number of stories. */
  long storyCount();

  /** A page of stories in the given order. */
  List<Story> stories(StoryOrder order, int offset, int limit);

  /** The story whose id starts with {@code prefix} (see the class comment). */
  Optional<Story> story(String prefix);

  /** The story the article is in. */
  Optional<StoryId> storyOf(ArticleId article);

  /** Why each article of the story is where it is, in the order they arrived. */
  List<ClusterDecision> decisions(StoryId story);

  /** The story's duplicate links. */
  List<DuplicateLink> duplicates(StoryId story);

  /** The stories merged into this one. */
  List<StoryMerge> merges(StoryId story);

  /** The number of entities across stories. */
  long entityCount();

  /** A page of entities, most mentioned first, then by name. */
  List<EntitySummary> entities(int offset, int limit);

  /**
   * The entity named {@code name} (canonical name or alias, case and accents ignored), with its
   * mentions and why its names were merged; the most mentioned when several are so named.
   */
  Optional<Entity> entity(String name);

  /** The entities that the story's articles mention, most mentioned first. */
  List<EntitySummary> entitiesOf(StoryId story);

  /** The user's entity merges and splits, in the order made. */
  List<EntityDecision> entityDecisions();

  /**
   * The story's claim groups, largest first (each value with its article, outlet and date): group
   * {@code i} (from 0) is {@code new ClaimGroupId(story, i + 1)}.
   */
  List<ClaimGroup> claims(StoryId story);

  /** One claim group, whole: every member in order; empty when the story has no such group. */
  Optional<ClaimGroup> claimGroup(ClaimGroupId id);

  /** The story's timeline: its dated events in date order; empty for an unknown story or one with no dated event. */
  StoryTimeline timeline(StoryId story);

  /**
   * The timelines of these stories, by story, in their order (each as {@link #timeline} gives it):
   * for a view of many stories, which a store may read in a few queries.
   */
  default Map<StoryId, StoryTimeline> timelines(Collection<StoryId> stories) {
    Map<StoryId, StoryTimeline> out = new java.util.LinkedHashMap<>();
    stories.forEach(s -> out.put(s, timeline(s)));
    return out;
  }

  /** The events an entity (by canonical name) takes part in, across stories, in date order, at most {@code limit}. */
  List<EntityEvent> eventsOf(String entity, int limit);

  /**
   * A page of the claim groups of every story, largest first, each as its summary (its values and
   * their sources bounded, their counts whole): one row a group, whatever the groups' sizes.
   */
  List<ClaimSummary> claims(int offset, int limit);

  /** The story's headline and summary, if the engine made them (a store of an older Storyline has none until the story changes). */
  Optional<StorySummary> summary(StoryId story);

  /**
   * The headline to show for a story: the engine's (its main actors and happening) when it made one,
   * else the story's own (its first article's title).
   */
  default String headline(Story story) {
    return summary(story.id()).map(StorySummary::headline).filter(h -> !h.isBlank()).orElse(story.headline());
  }

  /**
   * The {@link #headline(Story)} of each of {@code stories} the store holds, by story (a page of
   * story groups names each by its headline: a store answers in one read).
   */
  default Map<StoryId, String> headlines(Collection<StoryId> stories) {
    Map<StoryId, String> out = new LinkedHashMap<>();
    for (StoryId id : stories) {
      story(id.value()).filter(s -> s.id().equals(id)).ifPresent(s -> out.put(id, headline(s)));
    }
    return out;
  }

  /**
   * Full-text search over the stored articles, as of the last committed batch (a process that only
   * reads sees another process's batches within about a second). Thread-safe: one instance for the
   * store's life, searched from any number of threads.
   */
  ArticleSearch search();

  /** The orders a story list can be read in. */
  enum StoryOrder {
    /** Most articles first, then the earlier started. */
    LARGEST,
    /** Latest article date first (undated last), then the larger. */
    LATEST
  }
}
