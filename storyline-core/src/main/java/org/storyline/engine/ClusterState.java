package org.storyline.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.storyline.cluster.Changes;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.model.Article;

/**
 * The clusterer kept alive across batches and runs. On open it restores the store's checkpoint and
 * replays the batches stored after it (those of a run killed before its checkpoint); without a
 * usable checkpoint (a new store, a store of an older Storyline, another clustering configuration)
 * it clusters every stored batch again and says so ({@link #rebuilt()}), so that the engine
 * rewrites the stories.
 *
 * <p>The clusterer keeps no frozen stories, duplicate links or merges for {@link OnlineClusterer#finish}
 * ({@link OnlineClusterer#forgetDrained}): the engine never finishes it, and they are in the store.
 *
 * <p>On replay the store gives each article with the date it was clustered with (its own, or the
 * first one its batch gave it), not the date its story gave it later.
 */
final class ClusterState {

  private final ClusterCheckpoints checkpoints;
  private final OnlineClusterer clusterer;
  private final Changes rebuiltChanges;
  private final long replayed;

  private ClusterState(ClusterCheckpoints checkpoints, OnlineClusterer clusterer, Changes rebuiltChanges, long replayed) {
    this.checkpoints = checkpoints;
    this.clusterer = clusterer;
    this.rebuiltChanges = rebuiltChanges;
    this.replayed = replayed;
  }

  /**
   * The clusterer as of the end of batch {@code lastBatch}: restored from the checkpoint and the
   * batches after it; or, when the store has stories but no checkpoint (a first run killed before
   * its checkpoint), replayed from the first batch; or, when the stored stories cannot be trusted
   * to match (none while there are articles: a store of an older Storyline; a checkpoint of another
   * configuration), clustered again from every batch, the stories to be rewritten.
   */
  static ClusterState open(StoreWriter writer, ClusterCheckpoints checkpoints, EngineConfig config, long lastBatch,
      boolean hasStories) {
    Optional<Checkpoint> checkpoint = checkpoints.load().filter(c -> c.batch() <= lastBatch);
    Optional<OnlineClusterer> restored = checkpoint.flatMap(c -> restore(config, c));
    if (restored.isPresent() || checkpoint.isEmpty() && (hasStories || lastBatch == 0)) {
      OnlineClusterer c = restored.orElseGet(() -> new OnlineClusterer(config.cluster()).recordChanges()).forgetDrained();
      long replayed = replay(writer, c, checkpoint.map(Checkpoint::batch).orElse(0L) + 1, lastBatch);
      c.drainChanges(); // what the replayed batches changed is stored already
      return new ClusterState(checkpoints, c, null, replayed);
    }
    OnlineClusterer c = new OnlineClusterer(config.cluster()).recordChanges().forgetDrained();
    writer.clearDerived();
    long replayed = replay(writer, c, 1, lastBatch);
    return new ClusterState(checkpoints, c, c.drainChanges(), replayed); // one drain: each story once, as it ended
  }

  private static Optional<OnlineClusterer> restore(EngineConfig config, Checkpoint checkpoint) {
    try {
      return Optional.of(OnlineClusterer.restore(config.cluster(), new ByteArrayInputStream(checkpoint.state())));
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty(); // made by another version or configuration: cluster again from the articles
    }
  }

  /** Clusters batches {@code from} to {@code to} again, each settled as when it arrived; returns how many articles. */
  private static long replay(StoreWriter writer, OnlineClusterer c, long from, long to) {
    long n = 0;
    for (long b = from; b <= to; b++) {
      for (Article a : writer.batch(b)) {
        c.add(a);
        n++;
      }
      c.settle();
    }
    return n;
  }

  /** How many stored articles were clustered again on open: what the next checkpoint saves the next run from. */
  long replayed() {
    return replayed;
  }

  /** Whether the store had no usable checkpoint and every batch was clustered again. */
  boolean rebuilt() {
    return rebuiltChanges != null;
  }

  /** After a rebuild: every story, and the links, merges and decisions that made them. */
  Changes rebuiltChanges() {
    return rebuiltChanges;
  }

  /** Clusters a batch (in the given order; read ahead by {@link OnlineClusterer#prepare}), settles it and says what changed. */
  Changes add(List<OnlineClusterer.Prepared> batch) {
    for (OnlineClusterer.Prepared a : batch) {
      clusterer.add(a);
    }
    clusterer.settle();
    return clusterer.drainChanges();
  }

  /** Saves the clusterer's state as of the end of {@code batch}. */
  void checkpoint(long batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      clusterer.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkpoints.save(new Checkpoint(batch, out.toByteArray()));
  }

}
