package org.storyline.engine;

/**
 * Where the engine keeps what it made: articles, their extractions, stories, entities, dates,
 * claim groups and the user's decisions. The embedded default is one SQLite file; other
 * implementations (PostgreSQL) follow the same contract.
 *
 * <p>Contract.
 *
 * <ul>
 *   <li>Reading ({@link StoreReader}) never loads a model and never waits for a writer: a reader
 *       sees the store as of the last committed batch.
 *   <li>{@link #writer()} gives the one writer. A store accepts one writing process at a time: a
 *       second gets a {@link StoreBusyException} whose message names the store and why.
 *   <li>Each {@link StoreWriter#commit} is atomic: a process killed at any moment leaves the store
 *       as of some commit, never between two.
 * </ul>
 */
public interface Store extends StoreReader, AutoCloseable {

  /** Where the store is, as a user would give it ({@code storyline.db}, a JDBC address). */
  String location();

  /**
   * The store's one writer, taken the first time and kept until {@link #close}.
   *
   * @throws StoreBusyException when another process is writing to the store
   */
  StoreWriter writer();

  /** Releases the store (and the writer's lock); any later call but {@code close} throws. */
  @Override
  void close();
}
