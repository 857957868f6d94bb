package org.storyline.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the engine keeps the clusterer's checkpoint: by default the store itself ({@link
 * #inStore}); a stream processor keeps it in its own snapshots instead, so that the clusterer's
 * state and the stream's read position are saved together.
 *
 * <p>Contract: {@link #load} gives the checkpoint last saved (or one the caller restored), or none;
 * its {@link Checkpoint#batch()} is never after the store's last batch. The engine restores it and
 * replays the store's batches after it, so a checkpoint older than the store only costs replay.
 * {@link #save} replaces the checkpoint; it is called from the engine's thread.
 */
public interface ClusterCheckpoints {

  /** The checkpoint to start from, if any. */
  Optional<Checkpoint> load();

  /** Keeps {@code checkpoint}, replacing the one before. */
  void save(Checkpoint checkpoint);

  /** The store's own checkpoint (its {@code engine_state}): what every embedded run uses. */
  static ClusterCheckpoints inStore(StoreWriter writer) {
    Objects.requireNonNull(writer, "writer");
    return new ClusterCheckpoints() {
      @Override
      public Optional<Checkpoint> load() {
        return writer.checkpoint();
      }

      @Override
      public void save(Checkpoint checkpoint) {
        writer.saveCheckpoint(checkpoint);
      }
    };
  }
}
