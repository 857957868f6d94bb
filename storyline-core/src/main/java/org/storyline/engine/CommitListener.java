package org.storyline.engine;

/**
 * Hears each write of an {@link Engine} to its store, before and after it: a view kept outside the
 * store (a web server's rendered pages) learns what to drop and make again.
 *
 * <p>Contract.
 *
 * <ul>
 *   <li>{@link #committing} is called before the write, when no reader can see any of it yet;
 *       {@link #committed} after it, when every reader sees all of it (or, if the write failed,
 *       none of it). They come in pairs, one pair at a time, on the engine's thread.
 *   <li>A listener is quick, never writes through the engine (it may read the store) and does not
 *       throw: the write waits for it.
 * </ul>
 */
public interface CommitListener {

  /** {@code change} is about to be written. */
  void committing(StoreChange change);

  /** {@code change} is written (or failed, and nothing of it was). */
  void committed(StoreChange change);
}
