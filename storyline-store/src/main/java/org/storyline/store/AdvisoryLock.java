package org.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.storyline.engine.StoreBusyException;

/**
 * The one-writer rule of a PostgreSQL store: a session-level advisory lock, held by the store's
 * connection while its writer is open. PostgreSQL drops it when the session ends, however the
 * writing process ended, so a killed writer never leaves the store locked. Advisory locks are
 * scoped to one database, which is one store.
 */
final class AdvisoryLock implements AutoCloseable {

  /** The lock's key: "STLW" in ASCII, the same for every store (each is its own database). */
  static final long KEY = 0x53544C57L;

  private final Connection db;
  private final String location;

  private AdvisoryLock(Connection db, String location) {
    this.db = db;
    this.location = location;
  }

  /**
   * Takes the lock on {@code db}'s session without waiting.
   *
   * @throws StoreBusyException naming the store when another session holds it
   */
  static AdvisoryLock take(Connection db, String location) {
    boolean taken;
    try {
      taken = Sql.queryLong(db, "SELECT CASE WHEN pg_try_advisory_lock(" + KEY + ") THEN 1 ELSE 0 END") == 1;
    } catch (SQLException e) {
      throw new StoreException(location, "cannot take the writer's lock: " + e.getMessage(), e);
    }
    if (!taken) {
      throw new StoreBusyException(location + ": another process is writing to this store (it holds the writer's"
          + " advisory lock); wait until it is done, or read from the store meanwhile");
    }
    return new AdvisoryLock(db, location);
  }

  @Override
  public void close() {
    try {
      if (!db.isClosed()) {
        Sql.exec(db, "SELECT pg_advisory_unlock(" + KEY + ")");
      }
    } catch (SQLException e) {
      // closing the session releases it too
      throw new StoreException(location, "cannot release the writer's lock: " + e.getMessage(), e);
    }
  }
}
