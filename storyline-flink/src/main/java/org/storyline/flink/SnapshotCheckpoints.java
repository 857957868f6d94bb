package org.storyline.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.storyline.engine.Checkpoint;
import org.storyline.engine.ClusterCheckpoints;
import org.storyline.engine.StoreWriter;

/**
 * The clusterer's checkpoint kept in the job's operator state rather than in the store: the engine
 * saves it here when the operator snapshots, and the operator puts it in Flink's checkpoint beside
 * the Kafka offsets; on restore it is what the engine loads. When the job starts with no state of
 * its own (a first start), the store's own checkpoint is loaded, so a store filled by an embedded
 * run is not clustered again from its first batch.
 */
final class SnapshotCheckpoints implements ClusterCheckpoints {

  private final Optional<Checkpoint> restored;
  private StoreWriter store;
  private Checkpoint last;

  SnapshotCheckpoints(Optional<Checkpoint> restored) {
    this.restored = restored;
    this.last = restored.orElse(null);
  }

  /** The store whose checkpoint is loaded when nothing was restored. */
  void fallBackTo(StoreWriter writer) {
    this.store = writer;
  }

  @Override
  public Optional<Checkpoint> load() {
    return restored.isPresent() || store == null ? restored : store.checkpoint();
  }

  @Override
  public void save(Checkpoint checkpoint) {
    last = checkpoint;
  }

  /** The checkpoint to snapshot: the last saved, or the one restored. */
  Optional<Checkpoint> current() {
    return Optional.ofNullable(last);
  }

  static byte[] encode(Checkpoint c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(c.state().length + 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(c.batch());
      out.writeInt(c.state().length);
      out.write(c.state());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  static Checkpoint decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      long batch = in.readLong();
      byte[] state = new byte[in.readInt()];
      in.readFully(state);
      return new Checkpoint(batch, state);
    } catch (IOException e) {
      throw new IllegalArgumentException("a truncated clusterer checkpoint (" + bytes.length + " bytes)", e);
    }
  }
}
