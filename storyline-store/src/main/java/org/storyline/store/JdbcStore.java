package org.storyline.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyline.engine.EntitySummary;
import org.storyline.engine.Store;
import org.storyline.engine.StoreWriter;
import org.storyline.engine.StorySummary;
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
import org.storyline.engine.EntityEvent;
import org.storyline.engine.ClaimGroupId;
import org.storyline.engine.ClaimSummary;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.timeline.StoryTimeline;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityDecision;
import org.storyline.search.ArticleSearch;

/**
 * A store in a database: one SQLite file (the embedded store) that an analyst can open with any
 * SQLite tool, or a PostgreSQL database (the shared store); see {@link Schema} for the tables, the
 * same in both. Readers may be many (SQLite's write-ahead log, PostgreSQL's row versions: neither
 * makes a reader wait for the writer); the writer is one, guarded by a lock the system drops when
 * the writing process ends however it ends: an operating-system lock beside the file ({@link
 * WriterLock}), or a PostgreSQL advisory lock held by the store's session ({@link AdvisoryLock}).
 *
 * <p>Search is Lucene's, in a folder beside a SQLite file ({@link LuceneSide}), or PostgreSQL's own
 * full-text search ({@link PostgresSearch}); both answer the same {@link ArticleSearch} contract.
 */
public final class JdbcStore implements Store {

  private final JdbcArticleStore articles;
  private final StoryTables stories;
  private final EntityStore entities;
  private final ClaimTables claims;
  private final TimelineTables timelines;
  private final SummaryTables summaries;
  private final ExtractionTables extractions;
  private final DateStore dates;
  private final SearchSide searchSide;
  private JdbcWriter writer;

  private JdbcStore(JdbcArticleStore articles, SearchSide searchSide) {
    this.articles = articles;
    String location = articles.location();
    this.stories = articles.storyTables();
    this.entities = new EntityStore(location, articles.connection(), articles.queries());
    this.claims = new ClaimTables(location, articles.connection(), articles.queries());
    this.timelines = new TimelineTables(location, articles.connection(), articles.queries());
    this.summaries = new SummaryTables(location, articles.connection(), articles.queries());
    this.extractions = new ExtractionTables(location, articles);
    this.dates = DateStore.of(articles);
    this.searchSide = searchSide;
  }

  /** Opens (or creates) the store file; see {@link JdbcArticleStore#open}. */
  public static JdbcStore open(Path file) {
    JdbcArticleStore articles = JdbcArticleStore.open(file);
    return new JdbcStore(articles, new LuceneSide(articles));
  }

  /** Opens the store at {@code location}: a PostgreSQL address ({@link #openPostgres}), else a file ({@link #open}). */
  static JdbcStore at(String location) {
    return location.startsWith(Stores.POSTGRES_PREFIX) ? openPostgres(location) : open(Path.of(location));
  }

  /**
   * Opens the store in the PostgreSQL database at {@code url} ({@code jdbc:postgresql://..}),
   * making its tables in an empty database; see {@link JdbcArticleStore#openPostgres}.
   */
  public static JdbcStore openPostgres(String url) {
    JdbcArticleStore articles = JdbcArticleStore.openPostgres(url);
    try {
      return new JdbcStore(articles, new PostgresSearch(url, articles.location()));
    } catch (RuntimeException e) {
      articles.close();
      throw e;
    }
  }

  @Override
  public String location() {
    return articles.location();
  }

  /**
   * The writer; taking it brings the search index in step with the store (after a crash between
   * the store's commit and the index's, or a store written without an index).
   *
   * @throws org.storyline.engine.StoreBusyException when another process writes to the store
   */
  @Override
  public synchronized StoreWriter writer() {
    if (writer == null) {
      AutoCloseable lock = articles.dialect() == Dialect.POSTGRES
          ? AdvisoryLock.take(articles.connection(), articles.location())
          : WriterLock.take(articles.file());
      writer = new JdbcWriter(this, lock);
      searchSide.writerOpened();
    }
    return writer;
  }

  /** The store's search: the Lucene index beside a SQLite file, PostgreSQL's own in PostgreSQL. */
  @Override
  public synchronized ArticleSearch search() {
    return searchSide.search(writer != null);
  }

  /** How the store's search follows it. */
  SearchSide searchSide() {
    return searchSide;
  }

  JdbcArticleStore articleTable() {
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
  public String revision() {
    try {
      return InputTables.revision(articles.connection());
    } catch (SQLException e) {
      throw failure("cannot read the store's revision", e);
    }
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
  public Map<ArticleId, Extraction> extractionsWithoutEvents(java.util.Collection<ArticleId> ids) {
    return articles.dialect() == Dialect.SQLITE ? extractions.getWithoutEvents(ids) : Store.super.extractionsWithoutEvents(ids);
  }

  @Override
  public Map<ArticleId, List<Quote>> quotes(java.util.Collection<ArticleId> ids) {
    return extractions.quotes(ids);
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
  public String headline(Story story) {
    return summaries.headline(story.id()).filter(h -> !h.isBlank()).orElse(story.headline());
  }

  @Override
  public Map<StoryId, String> headlines(java.util.Collection<StoryId> stories) {
    return summaries.headlines(stories);
  }

  @Override
  public List<ClaimGroup> claims(StoryId story) {
    return claims.ofStory(story);
  }

  @Override
  public Optional<ClaimGroup> claimGroup(ClaimGroupId id) {
    return claims.group(id);
  }

  @Override
  public StoryTimeline timeline(StoryId story) {
    return timelines.ofStory(story);
  }

  @Override
  public Map<StoryId, StoryTimeline> timelines(java.util.Collection<StoryId> stories) {
    return timelines.ofStories(stories);
  }

  @Override
  public List<EntityEvent> eventsOf(String entity, int limit) {
    return timelines.ofParticipant(entity, limit);
  }

  @Override
  public List<ClaimSummary> claims(int offset, int limit) {
    return claims.page(offset, limit);
  }

  @Override
  public synchronized void close() {
    try {
      searchSide.close();
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
    return new StoreException(articles.location(), what + ": " + e.getMessage(), e);
  }
}
