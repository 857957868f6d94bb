package org.storyline.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.cluster.Changes;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;
import org.storyline.model.Story;
import org.storyline.model.StoryId;
import org.storyline.model.Origin;
import org.storyline.model.SourceDocument;
import org.storyline.pipeline.BatchSink;
import org.storyline.pipeline.InputMemory;
import org.storyline.pipeline.InputRecord;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;
import org.storyline.reconcile.ArticleDater;
import org.storyline.reconcile.BatchDater;
import org.storyline.reconcile.DateEstimate;
import org.storyline.reconcile.entity.EntityDecision;

/**
 * Runs every stage over arriving articles and keeps every result in a {@link Store}: clean →
 * dedupe → extract → cluster → reconcile (dates, entities, claim groups), one transaction per
 * batch. Each article is analysed once; what a batch changes (the stories it touches, their
 * entities, dates and claims) is updated in place, so adding k articles costs O(k) plus the
 * touched stories, not the size of the store.
 *
 * <p>Contract.
 *
 * <ul>
 *   <li>Articles are taken in batches of {@link EngineConfig#batchSize()}; a batch's undated
 *       articles are dated against the batch (a first date, which they are clustered with); its new
 *       articles are extracted on {@link EngineConfig#threads()} threads, clustered in publication
 *       order (undated last, then input order), reconciled within the stories they touch (an
 *       undated article dated again against its whole story) and committed with everything they
 *       changed. A process killed at any moment loses at most the batch being processed; running the
 *       same input again completes it, storing nothing twice.
 *   <li>The result depends on the stored articles and the order their batches arrived in, not on
 *       how the batches were split into runs: the clusterer's state is checkpointed in the store and
 *       the batches after the checkpoint are replayed on open.
 *   <li>A stage failing on one article or one story costs that article its extraction (stored
 *       empty) or that story its update, each with a warning naming it, committed with the batch and
 *       told to the ingest's listener; the batch goes on.
 *   <li>One engine per store at a time (the store's writer lock); not thread-safe.
 * </ul>
 *
 * <pre>{@code
 * try (Store store = ...; Engine engine = Engine.open(store, EngineConfig.defaults())) {
 *   engine.ingest(List.of(Path.of("news/")), IngestOptions.defaults(), PipelineListener.SILENT, id -> {});
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {

  private final Store store;
  private final List<CommitListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final StoreWriter writer;
  private final EngineConfig config;
  private final ExtractionPool extractors;
  private final ClusterCheckpoints checkpoints;
  private ClusterState clusters; // opened when a batch first needs it
  private final StoryReconciler reconciler;
  private final BatchDater batchDater = new BatchDater(ArticleDater.standard());
  /** Reads the articles of a batch ahead for the clusterer, on the pool ({@link OnlineClusterer#prepare} needs no state of its own). */
  private final OnlineClusterer readAhead;
  private final Set<ArticleId> inFlight = new java.util.HashSet<>();
  private final List<BatchUpdate.Reread> rereads = new ArrayList<>();
  private final Map<String, ArticleId> fingerprints = new LinkedHashMap<>();
  /** Files read to their end, kept with the next batch submitted (which holds or follows their last articles). */
  private final List<InputRecord> filesRead = new ArrayList<>();
  private final InputMemory memory = new InputMemory() {
    /** The document last looked up and its fingerprint: remember() follows recall() for the same document. */
    private SourceDocument last;
    private String lastFingerprint;

    @Override
    public Optional<ArticleId> recall(SourceDocument doc) {
      return writer.recall(fingerprint(doc));
    }

    @Override
    public void remember(SourceDocument doc, Article article) {
      fingerprints.put(fingerprint(doc), article.id());
    }

    @Override
    public Optional<InputRecord> recallFile(InputRecord.Key key) {
      return writer.input(key);
    }

    private String fingerprint(SourceDocument doc) {
      if (doc != last) {
        last = doc;
        lastFingerprint = doc.fingerprint();
      }
      return lastFingerprint;
    }
  };
  private long batch;
  private long sinceCheckpoint;
  /** Hears the problems analysis meets (an article or a story the stages failed on) during {@link #ingest}. */
  private PipelineListener heard = PipelineListener.SILENT;
  /** Stories a reconcile failed on since the last commit, as problems. */
  private final List<Problem> unreconciled = new ArrayList<>();

  private Engine(Store store, EngineConfig config, ClusterCheckpoints checkpoints) {
    this.store = store;
    this.config = config;
    this.writer = new HeardWriter(store.writer(), listeners);
    this.checkpoints = checkpoints == null ? ClusterCheckpoints.inStore(writer) : checkpoints;
    this.extractors = new ExtractionPool(config.threads(), config.extractor());
    this.readAhead = new OnlineClusterer(config.cluster());
    this.batch = writer.lastBatch();
    this.reconciler = new StoryReconciler(store, writer, extractors);
    if (batch > 0 && store.storyCount() == 0) {
      clusters(); // a store of an older Storyline: its stories are made now, so that every view has them
    }
  }

  /**
   * The clusterer, restored from its checkpoint (or clustered again) the first time a batch needs it:
   * a run whose inputs are all stored never reads the checkpoint.
   */
  private ClusterState clusters() {
    if (clusters == null) {
      clusters = ClusterState.open(writer, checkpoints, config, batch, store.storyCount() > 0);
      sinceCheckpoint = clusters.replayed();
      if (clusters.rebuilt()) {
        reconcileAll(clusters.rebuiltChanges());
        sinceCheckpoint = 0;
      }
    }
    return clusters;
  }

  /**
   * Opens the engine on a store: takes its writer lock; when the first new article arrives, restores
   * the clusterer's checkpoint and replays the batches stored after it (or clusters every stored
   * article when there is no usable checkpoint). A store of an older Storyline is clustered at once.
   *
   * @throws StoreBusyException when another process writes to the store
   */
  public static Engine open(Store store, EngineConfig config) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    return new Engine(store, config, null);
  }

  /**
   * The same, the clusterer's checkpoint loaded from and saved to {@code checkpoints} instead of the
   * store (a stream processor's snapshots); the store's batches after it are replayed as usual.
   */
  public static Engine open(Store store, EngineConfig config, ClusterCheckpoints checkpoints) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(checkpoints, "checkpoints");
    return new Engine(store, config, checkpoints);
  }

  /**
   * Tells {@code listener} of every later write, before and after it (see {@link CommitListener}); a
   * listener added while another thread writes hears the next write.
   */
  public void listen(CommitListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** The store the engine writes to. */
  public Store store() {
    return store;
  }

  /**
   * Reads, cleans and analyses every article of {@code inputs} (files and folders), committing a
   * batch at a time; {@code seen} hears of every article read, new or stored before, once the batch
   * it is in is committed.
   */
  public RunSummary ingest(List<Path> inputs, IngestOptions options, PipelineListener listener, Consumer<ArticleId> seen) {
    Pipeline pipeline = new Pipeline(new Ingestor(options), new BoilerplateCleaner(), config.batchSize(), config.threads());
    Problems problems = new Problems(listener);
    heard = listener;
    try {
      return ingest(inputs, pipeline, problems, seen);
    } finally {
      heard = PipelineListener.SILENT;
    }
  }

  private RunSummary ingest(List<Path> inputs, Pipeline pipeline, Problems problems, Consumer<ArticleId> seen) {
    // one batch in flight: the next batch's articles are extracted while this one is clustered and committed
    Pending[] inFlight = new Pending[1];
    BatchSink sink = new BatchSink() {
      @Override
      public int accept(List<Article> articles) {
        Pending next = submit(articles, problems.drain(), Map.of());
        if (inFlight[0] != null) {
          complete(inFlight[0]).forEach(seen);
        }
        inFlight[0] = next;
        return next.fresh();
      }

      @Override
      public void recalled(ArticleId article, Origin origin) {
        rereads.add(new BatchUpdate.Reread(article, origin));
        seen.accept(article);
      }

      @Override
      public void known(ArticleId article) {
        seen.accept(article);
      }

      @Override
      public void fileRead(InputRecord record) {
        filesRead.add(record);
      }
    };
    RunSummary summary = pipeline.run(inputs, sink, problems, memory);
    if (inFlight[0] != null) {
      complete(inFlight[0]).forEach(seen);
    }
    commitRead(problems.drain(), drainFilesRead());
    return summary;
  }



  /**
   * Analyses cleaned articles (a batch from an API, a stream) and commits them with what they
   * change, in batches; returns how many were new.
   */
  public int add(List<Article> articles) {
    int added = 0;
    for (int i = 0; i < articles.size(); i += config.batchSize()) {
      Pending p = submit(articles.subList(i, Math.min(articles.size(), i + config.batchSize())), List.of(), Map.of());
      complete(p);
      added += p.fresh();
    }
    return added;
  }

  /**
   * Analyses one batch of articles cleaned and extracted already (elsewhere, in parallel: a stream
   * processor's per-article stage), each given as its extraction, which holds its article, and
   * commits it with {@code problems} as one batch, whatever its size: the caller chooses the
   * batches. The extractions are taken as they are, except that of an article to which its batch
   * gives a first date (it had none): it is extracted again with that date, as {@link #add} would
   * have. The same articles in the same batches give the same store as {@link #add}. Returns how
   * many were new.
   */
  public int addExtracted(List<Extraction> extracted, List<Problem> problems) {
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(problems, "problems");
    if (extracted.isEmpty() && problems.isEmpty()) {
      return 0;
    }
    Map<ArticleId, Extraction> done = new LinkedHashMap<>();
    extracted.forEach(x -> done.putIfAbsent(x.article().id(), x));
    Pending p = submit(extracted.stream().map(Extraction::article).toList(), problems, done);
    complete(p);
    return p.fresh();
  }

  /**
   * Saves the clusterer's state as of the last committed batch to the checkpoints now (when the
   * clusterer was opened: else the checkpoint loaded is still the state), not waiting for {@link
   * EngineConfig#checkpointEvery()}: a stream processor calls it when it snapshots.
   */
  public void checkpoint() {
    if (clusters != null) {
      clusters.checkpoint(batch);
      sinceCheckpoint = 0;
    }
  }


  /** Records problems met outside {@link #ingest} (a feed that failed), in a transaction of their own. */
  public void recordProblems(List<Problem> problems) {
    commitProblems(problems);
  }

  /**
   * Extracts again every stored article whose extraction is missing or was made by another version
   * of the extractors, and brings the stories it is in up to date; {@code progress} hears how many
   * are done of how many. Returns how many were extracted.
   */
  public int reanalyze(Progress progress) {
    long total = store.outdatedExtractions(Extractor.VERSION);
    int done = 0;
    progress.step(0, total);
    while (true) {
      List<ArticleId> ids = writer.outdated(Extractor.VERSION, config.batchSize());
      if (ids.isEmpty()) {
        return done;
      }
      List<Article> articles = ids.stream().map(id -> store.article(id).orElseThrow()).toList();
      Map<ArticleId, Extraction> redone = extractors.extractAll(articles);
      List<StoryId> stories = ids.stream().map(store::storyOf).flatMap(java.util.Optional::stream).distinct().toList();
      StoryReconciler.Result r = reconcile(stories.stream().map(s -> store.story(s.value()).orElseThrow()).toList(),
          redone, List.of());
      commit(List.of(), List.of(), List.of(), merge(redone, r.extractions()), r, Changes.none(), false);
      done += ids.size();
      progress.step(done, total);
    }
  }

  /**
   * Records a user's entity decision and resolves again the stories that name either name, so
   * that it applies at once and to every later run.
   */
  public void decide(EntityDecision decision) {
    writer.addEntityDecision(decision);
    List<StoryId> stories = new ArrayList<>(writer.storiesNaming(decision.name()));
    for (StoryId s : writer.storiesNaming(decision.other())) {
      if (!stories.contains(s)) {
        stories.add(s);
      }
    }
    StoryReconciler.Result r = reconcile(
        stories.stream().map(s -> store.story(s.value())).flatMap(java.util.Optional::stream).toList(), Map.of(), List.of());
    commit(List.of(), List.of(), List.of(), r.extractions(), r, Changes.none(), false);
  }

  /** Saves the clusterer's checkpoint and releases the threads; the store stays open. */
  @Override
  public void close() {
    try {
      if (clusters != null && sinceCheckpoint > 0) {
        clusters.checkpoint(batch);
        sinceCheckpoint = 0;
      }
    } finally {
      extractors.close();
    }
  }

  /** A batch whose new articles are being extracted. */
  private record Pending(List<ArticleId> articles, List<Article> ordered, List<BatchUpdate.Reread> seenAgain, List<Problem> problems,
      List<InputRecord> filesRead, Map<ArticleId, DateEstimate> provisional, ExtractionPool.Ahead<OnlineClusterer.Prepared> read,
      ExtractionPool.Batch extractions) {
    int fresh() {
      return ordered.size();
    }
  }

  /**
   * Starts a batch: sorts out the articles stored already (or in the batch before, still in
   * flight), gives the undated ones a first date from their batch (the date they are clustered and
   * extracted with; their story dates them again later) and starts extracting the new ones.
   */
  private Pending submit(List<Article> articles, List<Problem> problems, Map<ArticleId, Extraction> extracted) {
    Map<ArticleId, Article> firsts = new LinkedHashMap<>();
    articles.forEach(a -> firsts.putIfAbsent(a.id(), a));
    Set<ArticleId> stored = writer.stored(firsts.keySet());
    List<Article> fresh = new ArrayList<>();
    List<BatchUpdate.Reread> seenAgain = new ArrayList<>();
    for (Article a : articles) {
      if (!stored.contains(a.id()) && !inFlight.contains(a.id()) && firsts.get(a.id()) == a) {
        fresh.add(a);
      } else {
        seenAgain.add(new BatchUpdate.Reread(a.id(), a.origin()));
      }
    }
    fresh.forEach(a -> inFlight.add(a.id()));
    BatchDater.Result provisional = batchDater.date(fresh);
    List<Article> ordered = inClusteringOrder(provisional.articles());
    // read ahead for the clusterer first: it is cheap, and the batch is clustered before its extractions are awaited
    ExtractionPool.Ahead<OnlineClusterer.Prepared> read = extractors.ahead(ordered, readAhead::prepare);
    return new Pending(articles.stream().map(Article::id).toList(), ordered, seenAgain, problems, drainFilesRead(), provisional.estimates(),
        read, extracted.isEmpty() ? extractors.submit(provisional.articles()) : extractors.submit(provisional.articles(), extracted));
  }

  /** Clusters a started batch, waits for its extractions, reconciles the stories it touched and commits; returns its articles. */
  private List<ArticleId> complete(Pending p) {
    if (p.ordered().isEmpty()) {
      commit(new Read(p.seenAgain(), p.problems(), p.filesRead()), List.of(), Map.of(), StoryReconciler.Result.EMPTY, Changes.none(), false);
      return p.articles();
    }
    Changes changes = clusters().add(p.read().await());
    Map<ArticleId, Extraction> extracted = p.extractions().await();
    StoryReconciler.Result r = reconcile(changes.stories(), extracted, changes.removed());
    Map<ArticleId, DateEstimate> dates = new LinkedHashMap<>(p.provisional());
    dates.putAll(r.dates());
    commit(new Read(p.seenAgain(), p.problems(), p.filesRead()), p.ordered(), merge(extracted, r.extractions()), r.withDates(dates),
        changes, true);
    p.ordered().forEach(a -> inFlight.remove(a.id()));
    return p.articles();
  }


  /** What reading gave a commit besides articles: stored articles read again, problems, files read to their end. */
  private record Read(List<BatchUpdate.Reread> seenAgain, List<Problem> problems, List<InputRecord> filesRead) {}

  private void commit(List<Article> added, List<BatchUpdate.Reread> seenAgain, List<Problem> problems,
      Map<ArticleId, Extraction> extractions, StoryReconciler.Result r, Changes changes, boolean newBatch) {
    commit(new Read(seenAgain, problems, List.of()), added, extractions, r, changes, newBatch);
  }

  private void commit(Read read, List<Article> added, Map<ArticleId, Extraction> extractions, StoryReconciler.Result r,
      Changes changes, boolean newBatch) {
    long number = newBatch ? batch + 1 : Math.max(1, batch);
    List<BatchUpdate.Reread> reread = new ArrayList<>(rereads);
    reread.addAll(read.seenAgain());
    rereads.clear();
    Map<String, ArticleId> learned = new LinkedHashMap<>(fingerprints);
    fingerprints.clear();
    List<Problem> problems = new ArrayList<>(read.problems());
    problems.addAll(analysisProblems(extractions.keySet()));
    writer.commit(new BatchUpdate(number, added, reread, learned, problems, read.filesRead(), Extractor.VERSION,
        List.copyOf(extractions.values()), r.dates(), changes, r.entities(), r.claims(), r.timelines(), r.summaries()));
    if (newBatch) {
      batch = number;
      sinceCheckpoint += added.size();
      if (sinceCheckpoint >= config.checkpointEvery()) {
        clusters().checkpoint(batch);
        sinceCheckpoint = 0;
      }
    }
  }

  /**
   * The committed articles the extractors failed on and the stories reconcile failed on since the last
   * commit, told to the listener of the ingest under way.
   */
  private List<Problem> analysisProblems(java.util.Collection<ArticleId> committed) {
    List<Problem> out = extractors.failures(committed);
    out.addAll(unreconciled);
    unreconciled.clear();
    out.forEach(heard::problem);
    return out;
  }

  /**
   * Reconciles the stories; when that fails, each story on its own, so that a story the stages
   * fail on keeps what it had (its entities, claims, timeline and summary are not updated, a warning
   * says so) and the others are reconciled and committed as usual.
   */
  private StoryReconciler.Result reconcile(List<Story> stories, Map<ArticleId, Extraction> fresh, List<StoryId> removed) {
    try {
      return reconciler.reconcile(stories, fresh, removed);
    } catch (RuntimeException | StackOverflowError whole) {
      List<StoryReconciler.Result> parts = new ArrayList<>();
      parts.add(reconciler.reconcile(List.of(), fresh, removed));
      for (Story s : stories) {
        try {
          parts.add(reconciler.reconcile(List.of(s), fresh, List.of()));
        } catch (RuntimeException | StackOverflowError e) {
          unreconciled.add(Problem.warning(originOf(s, fresh), "story " + s.id().value()
              + " kept its entities, claims, timeline and summary: reconciling it failed: " + AnalysisFailure.describe(e)));
        }
      }
      return joined(parts);
    }
  }

  /** Where a story's problem is said to be: its first article of this batch, else its first article. */
  private Origin originOf(Story s, Map<ArticleId, Extraction> fresh) {
    ArticleId first = s.articles().stream().filter(fresh::containsKey).findFirst().orElse(s.articles().get(0));
    Extraction x = fresh.get(first);
    return x != null ? x.article().origin() : store.article(first).map(Article::origin).orElseThrow();
  }

  private static StoryReconciler.Result joined(List<StoryReconciler.Result> parts) {
    Map<ArticleId, Extraction> extractions = new LinkedHashMap<>();
    Map<ArticleId, DateEstimate> dates = new LinkedHashMap<>();
    List<StoryEntities> entities = new ArrayList<>();
    List<StoryClaims> claims = new ArrayList<>();
    List<org.storyline.reconcile.timeline.StoryTimeline> timelines = new ArrayList<>();
    List<StorySummary> summaries = new ArrayList<>();
    for (StoryReconciler.Result r : parts) {
      extractions.putAll(r.extractions());
      dates.putAll(r.dates());
      entities.addAll(r.entities());
      claims.addAll(r.claims());
      timelines.addAll(r.timelines());
      summaries.addAll(r.summaries());
    }
    return new StoryReconciler.Result(extractions, dates, entities, claims, timelines, summaries);
  }

  private void commitProblems(List<Problem> problems) {
    commitRead(problems, List.of());
  }

  /**
   * Problems and files read that no batch took (a run's last files, all known or without articles),
   * with the stored articles read again since the last commit, in a transaction of their own.
   */
  private void commitRead(List<Problem> problems, List<InputRecord> files) {
    if (!problems.isEmpty() || !files.isEmpty() || !rereads.isEmpty() || !fingerprints.isEmpty()) {
      commit(new Read(List.of(), problems, files), List.of(), Map.of(), StoryReconciler.Result.EMPTY, Changes.none(), false);
    }
  }

  private List<InputRecord> drainFilesRead() {
    List<InputRecord> out = List.copyOf(filesRead);
    filesRead.clear();
    return out;
  }

  /** After clustering the whole store again: every story's dates, entities and claims, a batch of stories at a time. */
  private void reconcileAll(Changes all) {
    extractOutdated(); // on every core first: a store of an older Storyline has no extraction
    List<Story> stories = all.stories();
    for (int i = 0; i < stories.size(); i += config.batchSize()) {
      List<Story> part = stories.subList(i, Math.min(stories.size(), i + config.batchSize()));
      StoryReconciler.Result r = reconcile(part, Map.of(), List.of());
      Changes slice = i == 0 ? all.withStories(part) : Changes.onlyStories(part);
      commit(List.of(), List.of(), List.of(), r.extractions(), r, slice, false);
    }
    clusters.checkpoint(batch);
  }

  /** Extracts the stored articles that have no extraction of this version, a batch at a time, without touching their stories. */
  private void extractOutdated() {
    for (List<ArticleId> ids = writer.outdated(Extractor.VERSION, config.batchSize()); !ids.isEmpty();
        ids = writer.outdated(Extractor.VERSION, config.batchSize())) {
      List<Article> articles = ids.stream().map(id -> store.article(id).orElseThrow()).toList();
      commit(List.of(), List.of(), List.of(), extractors.extractAll(articles), StoryReconciler.Result.EMPTY, Changes.none(), false);
    }
  }

  /** Publication order, undated last, then input order: the order online clustering does best in. */
  static List<Article> inClusteringOrder(List<Article> fresh) {
    List<Article> out = new ArrayList<>(fresh);
    out.sort(Comparator.comparing((Article a) -> a.published() == null ? java.time.LocalDate.MAX : a.published().date()));
    return out;
  }

  private static Map<ArticleId, Extraction> merge(Map<ArticleId, Extraction> first, Map<ArticleId, Extraction> redone) {
    Map<ArticleId, Extraction> out = new LinkedHashMap<>(first);
    out.putAll(redone);
    return out;
  }

  /** Hears how far a long task is. */
  @FunctionalInterface
  public interface Progress {
    Progress SILENT = (done, total) -> {};

    void step(long done, long total);
  }

  /** Problems met while reading, passed on to the listener and kept until their batch is committed. */
  private static final class Problems implements PipelineListener {
    private final PipelineListener listener;
    private final List<Problem> pending = new ArrayList<>();

    Problems(PipelineListener listener) {
      this.listener = listener;
    }

    @Override
    public void started(int files) {
      listener.started(files);
    }

    @Override
    public void fileDone(Path file) {
      listener.fileDone(file);
    }

    @Override
    public void problem(Problem problem) {
      pending.add(problem);
      listener.problem(problem);
    }

    List<Problem> drain() {
      List<Problem> out = List.copyOf(pending);
      pending.clear();
      return out;
    }
  }
}
