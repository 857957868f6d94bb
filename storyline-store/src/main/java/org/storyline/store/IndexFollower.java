package org.storyline.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a store's search-index catch-ups on a thread of its own, so that the writer's thread commits
 * a batch and goes on with the next while the index follows.
 *
 * <p>Contract (every method may be called from any thread):
 *
 * <ul>
 *   <li>{@link #request} returns at once. Requests do not queue up: a catch-up brings the index to
 *       the store's last commit, so the requests made while one runs, or while the follower waits
 *       for its interval, are served by one more.
 *   <li>A catch-up starts at least the interval given after the previous one started, unless
 *       someone waits for it ({@link #await}, {@link #close}): then at once (a catch-up brings
 *       the index to the store's last commit whenever it runs, so waiting loses nothing).
 *   <li>{@link #await} returns once every catch-up requested before the call has run.
 *   <li>{@link #close} waits for the same, then ends the thread; later requests are refused.
 *   <li>A catch-up that failed (the index stays behind; it catches up when the store is opened
 *       again) is thrown by the next call of any of the three, once.
 * </ul>
 */
final class IndexFollower implements AutoCloseable {

  private final Runnable catchUp;
  private final long intervalNanos;
  private final Thread thread;
  private long requested; // guarded by this, as the five below
  private long done;
  private long awaited; // the highest request someone waits for
  private long lastStart; // System.nanoTime() when the last catch-up started
  private boolean closing;
  private RuntimeException failure;

  /** Starts the thread, named {@code name}, that runs {@code catchUp} when requested, at once each time. */
  IndexFollower(String name, Runnable catchUp) {
    this(name, Duration.ZERO, catchUp);
  }

  /**
   * Starts the thread, named {@code name}, that runs {@code catchUp} when requested, at most once
   * an {@code interval} unless a catch-up is awaited (the first runs at once).
   */
  IndexFollower(String name, Duration interval, Runnable catchUp) {
    this.catchUp = catchUp;
    this.intervalNanos = interval.toNanos();
    this.lastStart = System.nanoTime() - intervalNanos;
    this.thread = new Thread(this::follow, name);
    thread.setDaemon(true); // close() waits for it; a process that exits without closing loses only a catch-up
    thread.start();
  }

  /** Asks for a catch-up with what the store has committed so far. */
  synchronized void request() {
    rethrow();
    if (closing) {
      throw new IllegalStateException("the index follower is closed");
    }
    requested++;
    notifyAll();
  }

  /** Waits until the catch-ups requested so far have run. */
  synchronized void await() {
    long target = requested;
    if (target > awaited) {
      awaited = target;
      notifyAll(); // the follower may be waiting for its interval
    }
    boolean interrupted = false;
    while (done < target && failure == null) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true; // a search is not abandoned half-way; the flag is kept for the caller
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    rethrow();
  }

  /** Waits for the catch-ups requested, then ends the thread. */
  @Override
  public void close() {
    synchronized (this) {
      closing = true;
      notifyAll();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      rethrow();
    }
  }

  private void follow() {
    for (long target = next(); target > 0; target = next()) {
      RuntimeException failed = null;
      try {
        catchUp.run();
      } catch (RuntimeException e) {
        failed = e;
      }
      synchronized (this) {
        done = target;
        if (failed != null && failure == null) {
          failure = failed;
        }
        notifyAll();
      }
    }
  }

  /** The request a catch-up starting now serves; 0 once closing with nothing left to do. */
  private synchronized long next() {
    while (!closing && !due()) {
      try {
        if (done == requested) {
          wait();
        } else {
          TimeUnit.NANOSECONDS.timedWait(this, intervalNanos - (System.nanoTime() - lastStart));
        }
      } catch (InterruptedException e) {
        break; // nobody interrupts this thread but the runtime
      }
    }
    if (done == requested) {
      return 0;
    }
    lastStart = System.nanoTime();
    return requested;
  }

  /** Whether a catch-up is requested and may start now: someone waits for it, or the interval has passed. */
  private boolean due() {
    return done < requested && (awaited > done || System.nanoTime() - lastStart >= intervalNanos);
  }

  private void rethrow() {
    RuntimeException f = failure;
    if (f != null) {
      failure = null;
      throw f;
    }
  }
}
