package org.storyline.flink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.storyline.engine.Engine;
import org.storyline.engine.EngineConfig;
import org.storyline.engine.Store;
import org.storyline.extract.Extraction;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;

/**
 * The stateful part of the engine in the job: dedupe, cluster, reconcile (dates, entities, claim
 * groups, events, timelines, summaries) and commit, by the engine itself ({@link
 * Engine#addExtracted}), at parallelism 1. It emits the number of new articles of each batch it
 * commits.
 *
 * <p><b>Batches.</b> Articles are buffered until {@code batchSize} of them are new (neither stored
 * nor in the buffer already; an article seen again rides along, to be recorded as read again) or
 * the first buffered one has waited {@code flushMillis}, whichever comes first; at the end of a
 * bounded input the rest is committed. Counting new articles only makes the batches the same
 * after a restore as in a run without faults (the replayed messages that were stored already do
 * not count), so long as no batch is cut by the timer. Messages are counted in topic order
 * ({@link TopicOrder}), so that at parallelism N the batches are those of parallelism 1 whatever
 * order the parallel stage passes them on in; a batch is handed to the engine in that order.
 *
 * <p><b>State and recovery: why nothing is lost or doubled.</b> Flink's checkpoint holds, as of
 * its barrier: the Kafka offsets (in the source), the articles buffered here and not yet committed,
 * and the clusterer's state as of the last batch committed before the barrier, N (saved through
 * {@link SnapshotCheckpoints}, not in the store). The store is not rolled back: after the barrier
 * it may have committed batches N+1..M, made of messages after the barrier. On restore the engine
 * restores the clusterer at N and replays the store's batches N+1..M into it, as it does for any
 * store whose checkpoint is older than its last batch: the clusterer is then exactly as it was
 * after M, the same as in the run that failed. Kafka replays the messages after the barrier; those
 * in N+1..M are stored already, so the engine records them as read again and they do not count
 * towards a batch; the rest form batch M+1 on, as they would have. Each commit is idempotent and
 * atomic, so a batch cut by the failure is either whole in the store (and replayed) or absent (and
 * made again). The stories are therefore those of a run without the fault, and every article is
 * stored once.
 *
 * <p><b>Why one subtask.</b> Clustering compares an article with every recent story, so its state
 * is one whole; this operator is the job's one writer of the store (as the store's contract wants)
 * and its ceiling: see the README's "Beyond one machine".
 */
final class StoryOperator extends AbstractStreamOperator<Long> implements OneInputStreamOperator<byte[], Long>, BoundedOneInput {

  private final JobSettings settings;
  private final StoreOpener opener;

  private transient ListState<byte[]> bufferState;
  private transient ListState<byte[]> clustererState;
  private transient SnapshotCheckpoints checkpoints;
  private transient List<byte[]> buffered;
  private transient List<Analysed> pending;
  private transient Set<ArticleId> pendingIds;
  private transient int fresh;
  private transient boolean changed;
  private transient ScheduledFuture<?> timer;
  private transient TopicOrder order;
  private transient ScheduledFuture<?> gapTimer;
  private transient Store store;
  private transient Engine engine;

  StoryOperator(JobSettings settings, StoreOpener opener) {
    this.settings = settings;
    this.opener = opener;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    bufferState = context.getOperatorStateStore().getListState(
        new ListStateDescriptor<>("buffered-articles", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    clustererState = context.getOperatorStateStore().getListState(
        new ListStateDescriptor<>("clusterer", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    Optional<byte[]> saved = Optional.empty();
    for (byte[] b : clustererState.get()) {
      saved = Optional.of(b);
    }
    checkpoints = new SnapshotCheckpoints(saved.map(SnapshotCheckpoints::decode));
    buffered = new ArrayList<>();
    for (byte[] b : bufferState.get()) {
      buffered.add(b);
    }
  }

  @Override
  public void open() throws Exception {
    super.open();
    store = opener.open(settings.store());
    checkpoints.fallBackTo(store.writer());
    engine = Engine.open(store, EngineConfig.defaults().withThreads(1).withCheckpointEvery(Integer.MAX_VALUE), checkpoints);
    List<byte[]> restored = buffered;
    buffered = new ArrayList<>();
    pending = new ArrayList<>();
    pendingIds = new HashSet<>();
    fresh = 0;
    order = new TopicOrder();
    for (byte[] b : restored) {
      take(b, AnalysedCodec.decode(b));
    }
    if (!pending.isEmpty()) {
      scheduleFlush();
    }
  }

  @Override
  public void processElement(StreamRecord<byte[]> element) {
    byte[] bytes = element.getValue();
    order.offer(new TopicOrder.Held(bytes, AnalysedCodec.decode(bytes))).forEach(this::admit);
    if (order.holding() && gapTimer == null) {
      scheduleGapRelease();
    }
  }

  /** Takes a message released in topic order, and commits the batch once it holds enough new articles. */
  private void admit(TopicOrder.Held message) {
    take(message.bytes(), message.analysed());
    if (fresh >= settings.batchSize()) {
      flush();
    } else if (timer == null) {
      scheduleFlush();
    }
  }

  /** A gap that stays open as long as a batch may wait is not an article still being extracted. */
  private void scheduleGapRelease() {
    long at = getProcessingTimeService().getCurrentProcessingTime() + settings.flushMillis();
    gapTimer = getProcessingTimeService().registerTimer(at, time -> {
      gapTimer = null;
      order.releaseAll().forEach(this::admit);
    });
  }

  /** Buffers one analysed article (or problem), counting it when it is new. */
  private void take(byte[] bytes, Analysed a) {
    buffered.add(bytes);
    pending.add(a);
    if (a.extraction().isPresent()) {
      ArticleId id = a.extraction().get().article().id();
      if (!pendingIds.contains(id) && store.writer().stored(List.of(id)).isEmpty()) {
        fresh++;
      }
      pendingIds.add(id);
    }
  }

  private void scheduleFlush() {
    long at = getProcessingTimeService().getCurrentProcessingTime() + settings.flushMillis();
    timer = getProcessingTimeService().registerTimer(at, time -> {
      timer = null;
      flush();
    });
  }

  /** Commits the buffer as one batch (the engine's transaction) and emits how many articles were new. */
  private void flush() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    if (pending.isEmpty()) {
      return;
    }
    List<Extraction> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    // the parallel stage may pass messages on out of turn: the batch keeps the topic's order, as the engine keeps a file's
    pending.sort(Analysed.TOPIC_ORDER);
    for (Analysed a : pending) {
      a.extraction().ifPresent(articles::add);
      problems.addAll(a.problems());
    }
    int added = engine.addExtracted(articles, problems);
    changed = true;
    buffered.clear();
    pending.clear();
    pendingIds.clear();
    fresh = 0;
    output.collect(new StreamRecord<>((long) added));
  }

  @Override
  public void endInput() {
    order.releaseAll().forEach(this::admit);
    flush();
  }

  /**
   * At a normal end (a bounded input read, a stop that drains), the clusterer's checkpoint is also
   * saved in the store, so that an embedded engine, or this job started afresh without Flink state,
   * restores it rather than clustering every stored batch again. Always consistent: between two
   * batches the clusterer is exactly as of the store's last one.
   */
  @Override
  public void finish() throws Exception {
    engine.checkpoint();
    checkpoints.current().ifPresent(c -> store.writer().saveCheckpoint(c));
    super.finish();
  }

  /** Saves the buffer and the clusterer as of the last commit: see the class's comment for why that is enough. */
  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    if (changed) {
      engine.checkpoint();
      changed = false;
    }
    clustererState.update(checkpoints.current().map(SnapshotCheckpoints::encode).map(List::of).orElse(List.of()));
    List<byte[]> kept = new ArrayList<>(buffered);
    kept.addAll(order.heldBytes()); // held behind a gap: restored straight into the buffer
    bufferState.update(kept);
  }

  @Override
  public void close() throws Exception {
    try {
      if (engine != null) {
        engine.close();
      }
    } finally {
      try {
        if (store != null) {
          store.close();
        }
      } finally {
        super.close();
      }
    }
  }
}
