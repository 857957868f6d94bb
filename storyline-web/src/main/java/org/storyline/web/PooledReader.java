package org.storyline.web;

import java.util.Collection;
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
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.search.ArticleSearch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.EntityEvent;
import org.storyline.engine.StoreReader;
import org.storyline.engine.StorySummary;
import org.storyline.reconcile.timeline.StoryTimeline;

/**
 * A {@link StoreReader} over several readers of one store, each used by one request at a time: a
 * store's reader holds one database connection, which two threads must not share, and several
 * let the request threads read side by side. A call waits while every reader is busy.
 */
public final class PooledReader implements StoreReader {

  private final BlockingQueue<StoreReader> idle;

  /** Takes turns over {@code readers} (at least one; each on its own connection). */
  public PooledReader(List<? extends StoreReader> readers) {
    if (readers.isEmpty()) {
      throw new IllegalArgumentException("a pool needs at least one reader");
    }
    idle = new ArrayBlockingQueue<>(readers.size(), false, readers);
  }

  private <T> T with(Function<StoreReader, T> call) {
    StoreReader r;
    try {
      r = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a store reader", e);
    }
    try {
      return call.apply(r);
    } finally {
      idle.add(r);
    }
  }

  @Override
  public long articleCount() {
    return with(r -> r.articleCount());
  }

  @Override
  public String revision() {
    return with(r -> r.revision());
  }

  @Override
  public Optional<Article> article(ArticleId id) {
    return with(r -> r.article(id));
  }

  @Override
  public Optional<Article> articleByPrefix(String prefix) {
    return with(r -> r.articleByPrefix(prefix));
  }

  @Override
  public List<Article> articles(int offset, int limit) {
    return with(r -> r.articles(offset, limit));
  }

  @Override
  public List<Origin> origins(ArticleId id) {
    return with(r -> r.origins(id));
  }

  @Override
  public Optional<Extraction> extraction(ArticleId id) {
    return with(r -> r.extraction(id));
  }

  @Override
  public Map<ArticleId, Extraction> extractions(Collection<ArticleId> ids) {
    return with(r -> r.extractions(ids));
  }

  @Override
  public Map<ArticleId, Extraction> extractionsWithoutEvents(Collection<ArticleId> ids) {
    return with(r -> r.extractionsWithoutEvents(ids));
  }

  @Override
  public Map<ArticleId, List<Quote>> quotes(Collection<ArticleId> ids) {
    return with(r -> r.quotes(ids));
  }

  @Override
  public long outdatedExtractions(String version) {
    return with(r -> r.outdatedExtractions(version));
  }

  @Override
  public List<Evidence> dateEvidence(ArticleId id) {
    return with(r -> r.dateEvidence(id));
  }

  @Override
  public List<Problem> problems() {
    return with(r -> r.problems());
  }

  @Override
  public long storyCount() {
    return with(r -> r.storyCount());
  }

  @Override
  public List<Story> stories(StoryOrder order, int offset, int limit) {
    return with(r -> r.stories(order, offset, limit));
  }

  @Override
  public Optional<Story> story(String prefix) {
    return with(r -> r.story(prefix));
  }

  @Override
  public Optional<StoryId> storyOf(ArticleId article) {
    return with(r -> r.storyOf(article));
  }

  @Override
  public List<ClusterDecision> decisions(StoryId story) {
    return with(r -> r.decisions(story));
  }

  @Override
  public List<DuplicateLink> duplicates(StoryId story) {
    return with(r -> r.duplicates(story));
  }

  @Override
  public List<StoryMerge> merges(StoryId story) {
    return with(r -> r.merges(story));
  }

  @Override
  public long entityCount() {
    return with(r -> r.entityCount());
  }

  @Override
  public List<EntitySummary> entities(int offset, int limit) {
    return with(r -> r.entities(offset, limit));
  }

  @Override
  public Optional<Entity> entity(String name) {
    return with(r -> r.entity(name));
  }

  @Override
  public List<EntitySummary> entitiesOf(StoryId story) {
    return with(r -> r.entitiesOf(story));
  }

  @Override
  public List<EntityDecision> entityDecisions() {
    return with(r -> r.entityDecisions());
  }

  @Override
  public List<ClaimGroup> claims(StoryId story) {
    return with(r -> r.claims(story));
  }

  @Override
  public Optional<ClaimGroup> claimGroup(ClaimGroupId id) {
    return with(r -> r.claimGroup(id));
  }

  @Override
  public List<ClaimSummary> claims(int offset, int limit) {
    return with(r -> r.claims(offset, limit));
  }

  @Override
  public Optional<StorySummary> summary(StoryId story) {
    return with(r -> r.summary(story));
  }

  @Override
  public String headline(Story story) {
    return with(r -> r.headline(story));
  }

  @Override
  public Map<StoryId, String> headlines(java.util.Collection<StoryId> stories) {
    return with(r -> r.headlines(stories));
  }

  @Override
  public StoryTimeline timeline(StoryId story) {
    return with(r -> r.timeline(story));
  }

  @Override
  public Map<StoryId, StoryTimeline> timelines(Collection<StoryId> stories) {
    return with(r -> r.timelines(stories));
  }

  @Override
  public List<EntityEvent> eventsOf(String entity, int limit) {
    return with(r -> r.eventsOf(entity, limit));
  }

  @Override
  public ArticleSearch search() {
    return with(r -> r.search());
  }
}
