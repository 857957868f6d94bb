package org.storyline.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How many CPU-bound requests (searches) the server runs at once, and how many may wait, for how long.
 *
 * <p>Why: Jetty gives every request a thread of its own, so 50 clients searching at once on 2 cores
 * are 50 threads sharing the processors; a search needing 7 ms of CPU then takes 25 times that to
 * finish. With at most about one search a core running and the others waiting their turn in arrival
 * order, a search waits for the work ahead of it and then runs alone: the slowest answers cost the
 * queue's mean plus their own work, not their own work times the crowd. Requests the server answers
 * from what it keeps (story pages, answers asked before) never wait here.
 *
 * @param running searches that run at once; more than the processors only makes them share them
 * @param waiting searches that may wait for a turn; one more is refused at once (503). Each waiting
 *     search holds one of the server's request threads (Jetty's 250), so it is kept well below that:
 *     the cheap requests still find threads when searches pile up
 * @param maxWait the longest a search waits for its turn before it is refused (503)
 */
public record Admission(int running, int waiting, Duration maxWait) {

  /** Searches that may wait unless told otherwise: about a quarter of a second of work at 2 ms a search on 2 cores. */
  public static final int DEFAULT_WAITING = 128;

  /** The longest wait unless told otherwise. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

  public Admission {
    Objects.requireNonNull(maxWait, "maxWait");
    if (running < 1 || running > 1024) {
      throw new IllegalArgumentException("running searches must be 1 to 1024, not " + running);
    }
    if (waiting < 0 || waiting > 1024) {
      throw new IllegalArgumentException("waiting searches must be 0 to 1024, not " + waiting);
    }
    if (maxWait.isNegative() || maxWait.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException("the wait for a search's turn must be 0 to 10 minutes, not " + maxWait);
    }
  }

  /** One search running per processor this JVM may use, {@link #DEFAULT_WAITING} waiting at most {@link #DEFAULT_WAIT}. */
  public static Admission forProcessors() {
    return new Admission(Runtime.getRuntime().availableProcessors(), DEFAULT_WAITING, DEFAULT_WAIT);
  }
}
