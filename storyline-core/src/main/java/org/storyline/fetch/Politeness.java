package org.storyline.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Keeps requests to one host {@code delay} apart: from the end of one to the start of the next. */
final class Politeness {

  private final long delayNanos;
  private final Map<String, Long> lastEnd = new HashMap<>(); // host -> System.nanoTime()

  Politeness(Duration delay) {
    this.delayNanos = delay.toNanos();
  }

  /** Waits until a request to {@code host} may start. */
  void await(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      Long end = lastEnd.get(key(host));
      wait = end == null ? 0 : end + delayNanos - System.nanoTime();
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** Notes that a request to {@code host} just ended. */
  synchronized void done(String host) {
    lastEnd.put(key(host), System.nanoTime());
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
