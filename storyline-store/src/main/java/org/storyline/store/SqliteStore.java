package org.storyline.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.Store;
import org.storyline.engine.StoreBusyException;
import org.storyline.engine.StoreWriter;
import org.storyline.engine.StorySummary;
import org.storyline.extract.Extraction;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.ClusterDecision;
import org.storyline.model.DuplicateLink;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.StoryMerge;
import org.storyline.reconcile.Evidence;
import org.storyline.engine.EntityEvent;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.search.ArticleSearch;
import org.storyline.store.index.LuceneIndex;

/**
 * The embedded store: one SQLite file (see {@link Schema} for its tables) that an analyst can open
 * with any SQLite tool. Readers may be many (write-ahead logging lets them read while the writer
 * commits); the writer is one, guarded by {@link WriterLock}.
 */
public final class SqliteStore implements Store {

  private final SqliteArticleStore articles;
  private final StoryTables stories;
  private final EntityStore entities;
  private final ClaimTables claims;
  private final TimelineTables timelines;
  private final SummaryTables summaries;
  private final ExtractionTables extractions;
  private final DateStore dates;
  private SqliteWriter writer;
  private LuceneIndex index; // opened by the first search or the writer

  private SqliteStore(SqliteArticleStore articles) {
    this.articles = articles;
    Path file = articles.file();
    this.stories = articles.storyTables();
    this.entities = new EntityStore(file, articles.connection());
    this.claims = new ClaimTables(file, articles.connection());
    this.timelines = new TimelineTables(file, articles.connection());
    this.summaries = new SummaryTables(file, articles.connection());
    this.extractions = new ExtractionTables(file, articles.connection(), articles);
    this.dates = DateStore.of(articles);
  }

  /** Opens (or creates) the store file; see {@link SqliteArticleStore#open}. */
  public static SqliteStore open(Path file) {
    return new SqliteStore(SqliteArticleStore.open(file));
  }

  @Override
  public String location() {
    return articles.file().toString();
  }

  /**
   * The writer; taking it brings the search index in step with the store (after a crash between
   * the store's commit and the index's, or a store written without an index).
   */
  @Override
  public synchronized StoreWriter writer() {
    if (writer == null) {
      writer = new SqliteWriter(this, WriterLock.take(articles.file()));
      followStore();
    }
    return writer;
  }

  /**
   * The index beside the store ({@code FILE.index/}). Opening it in a process that does not write
   * the store catches it up when it is behind and no other process writes (which would catch it up
   * itself); the writer's lock is taken for that and released. Later calls return the same index.
   */
  @Override
  public synchronized ArticleSearch search() {
    if (index == null) {
      LuceneIndex i = index();
      if (writer == null && !i.inStepWith(indexSource())) {
        try (WriterLock lock = WriterLock.take(articles.file())) {
          followStore();
          i.releaseWriter();
        } catch (StoreBusyException writing) {
          // the writing process brings the index in step after its next batch
        }
      }
    }
    return index;
  }

  /** The search index, opened the first time. */
  synchronized LuceneIndex index() {
    if (index == null) {
      index = LuceneIndex.open(articles.file().resolveSibling(articles.file().getFileName() + ".index"));
    }
    return index;
  }

  /** Brings the search index in step with what the store committed; only while holding the writer's lock. */
  synchronized void followStore() {
    try {
      index().sync(indexSource());
    } catch (UncheckedIOException e) {
      throw new StoreException(articles.file(), e.getMessage(), e);
    }
  }

  private SqliteIndexSource indexSource() {
    return new SqliteIndexSource(articles.file(), articles.connection());
  }

  SqliteArticleStore articleTable() {
    return articles;
  }

  StoryTables storyTable() {
    return stories;
  }

  EntityStore entityTable() {
    return entities;
  }

  ClaimTables claimTable() {
    return claims;
  }

  TimelineTables timelineTable() {
    return timelines;
  }

  SummaryTables summaryTable() {
    return summaries;
  }

  ExtractionTables extractionTable() {
    return extractions;
  }

  DateStore dateTable() {
    return dates;
  }

  @Override
  public long articleCount() {
    return articles.count();
  }

  @Override
  public Optional<Article> article(ArticleId id) {
    return articles.get(id);
  }

  @Override
  public Optional<Article> articleByPrefix(String prefix) {
    return articles.findByIdPrefix(prefix.strip().toLowerCase(Locale.ROOT));
  }

  @Override
  public List<Article> articles(int offset, int limit) {
    return articles.page(offset, limit);
  }

  @Override
  public List<Origin> origins(ArticleId id) {
    return articles.origins(id);
  }

  @Override
  public Optional<Extraction> extraction(ArticleId id) {
    return Optional.ofNullable(extractions.get(List.of(id)).get(id));
  }

  @Override
  public Map<ArticleId, Extraction> extractions(java.util.Collection<ArticleId> ids) {
    return extractions.get(ids);
  }

  @Override
  public long outdatedExtractions(String version) {
    return extractions.outdatedCount(version);
  }

  @Override
  public List<Evidence> dateEvidence(ArticleId id) {
    return dates.evidence(id);
  }

  @Override
  public List<Problem> problems() {
    return articles.problems();
  }

  @Override
  public long storyCount() {
    return stories.count();
  }

  @Override
  public List<Story> stories(StoryOrder order, int offset, int limit) {
    return stories.page(order == StoryOrder.LATEST, offset, limit);
  }

  @Override
  public Optional<Story> story(String prefix) {
    return stories.story(prefix);
  }

  @Override
  public Optional<StoryId> storyOf(ArticleId article) {
    return stories.storyOf(article);
  }

  @Override
  public List<ClusterDecision> decisions(StoryId story) {
    return stories.decisions(story);
  }

  @Override
  public List<DuplicateLink> duplicates(StoryId story) {
    return stories.duplicates(story);
  }

  @Override
  public List<StoryMerge> merges(StoryId story) {
    return stories.merges(story);
  }

  @Override
  public long entityCount() {
    return entities.count();
  }

  @Override
  public List<EntitySummary> entities(int offset, int limit) {
    return entities.page(offset, limit);
  }

  @Override
  public Optional<Entity> entity(String name) {
    return entities.byName(Objects.requireNonNull(name, "name"));
  }

  @Override
  public List<EntitySummary> entitiesOf(StoryId story) {
    return entities.ofStory(story);
  }

  @Override
  public List<EntityDecision> entityDecisions() {
    return entities.decisions();
  }

  @Override
  public Optional<StorySummary> summary(StoryId story) {
    return summaries.of(story);
  }

  @Override
  public List<ClaimGroup> claims(StoryId story) {
    return claims.ofStory(story);
  }

  @Override
  public StoryTimeline timeline(StoryId story) {
    return timelines.ofStory(story);
  }

  @Override
  public List<EntityEvent> eventsOf(String entity, int limit) {
    return timelines.ofParticipant(entity, limit);
  }

  @Override
  public List<ClaimGroup> claims(int offset, int limit) {
    return claims.page(offset, limit);
  }

  @Override
  public synchronized void close() {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      try {
        if (writer != null) {
          writer.release();
        }
      } finally {
        articles.close();
      }
    }
  }

  StoreException failure(String what, SQLException e) {
    return new StoreException(articles.file(), what + ": " + e.getMessage(), e);
  }
}
