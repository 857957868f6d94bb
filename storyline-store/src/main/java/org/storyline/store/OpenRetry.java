package org.storyline.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opening a store again when SQLite reports a passing I/O error. Opening touches the database,
 * its write-ahead log and its shared-memory index, which another process may be opening, reading
 * or cleaning up after at that very moment (a reader polling while a killed writer is restarted
 * saw {@code SQLITE_IOERR_FSTAT} once in a few dozen restarts); a moment later the same open
 * succeeds. Only I/O and WAL-protocol errors are retried: a file that is not a store, or that
 * cannot be written, fails at once.
 */
final class OpenRetry {

  /** Attempts in all; the waits between them double from {@link #FIRST_WAIT_MS}. */
  static final int ATTEMPTS = 5;
  static final long FIRST_WAIT_MS = 50;

  /** One attempt at opening. */
  interface Attempt<T> {
    T run();
  }

  /** Waits between attempts (a test passes one that does not sleep). */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private OpenRetry() {}

  static <T> T open(Attempt<T> attempt) {
    return open(attempt, Thread::sleep);
  }

  static <T> T open(Attempt<T> attempt, Sleeper sleeper) {
    long wait = FIRST_WAIT_MS;
    for (int tried = 1; ; tried++) {
      try {
        return attempt.run();
      } catch (StoreException e) {
        if (tried >= ATTEMPTS || !passing(e)) {
          throw e;
        }
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return attempt.run(); // one last try, then its error stands
      }
      wait *= 2;
    }
  }

  /** Whether the failure is an I/O or WAL-protocol error of SQLite's, which another process can cause for a moment. */
  static boolean passing(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s) {
        SQLiteErrorCode code = s.getResultCode();
        return code.name().startsWith("SQLITE_IOERR") || code == SQLiteErrorCode.SQLITE_PROTOCOL;
      }
    }
    return false;
  }
}
