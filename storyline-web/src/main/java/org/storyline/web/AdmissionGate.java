package org.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work under an {@link Admission}: at most {@code running} at once, the others first come, first
 * served (a fair semaphore), at most {@code waiting} of them and each at most {@code maxWait}; work refused
 * is a {@link Problem} 503 and never runs.
 */
final class AdmissionGate {

  /** The work admitted: a handler's body. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  private final Admission limits;
  private final Semaphore turns;
  /** Running plus waiting: counted before a turn is asked, so the queue's bound holds without a lock. */
  private final AtomicInteger inside = new AtomicInteger();

  AdmissionGate(Admission limits) {
    this.limits = limits;
    this.turns = new Semaphore(limits.running(), true);
  }

  /** The handler run through this gate. */
  Handler admit(Handler handler) {
    return ctx -> run(ctx, () -> handler.handle(ctx));
  }

  /**
   * Runs {@code work} when its turn comes; refused (a 503 with {@code Retry-After}) when the queue is full
   * or the turn does not come within the wait.
   */
  void run(Context ctx, Work work) throws Exception {
    try {
      enter();
    } catch (Problem refused) {
      ctx.header("Retry-After", "1");
      throw refused;
    }
    runInside(work);
  }

  /** The same without a request: for the tests. */
  void run(Work work) throws Exception {
    enter();
    runInside(work);
  }

  private void runInside(Work work) throws Exception {
    try {
      work.run();
    } finally {
      inside.decrementAndGet(); // first, so that a search arriving as this one leaves is never counted twice
      turns.release();
    }
  }

  /** Takes a turn, waiting for it in arrival order; a {@link Problem} 503 when refused (then nothing is held). */
  private void enter() {
    if (inside.incrementAndGet() > limits.running() + limits.waiting()) {
      inside.decrementAndGet();
      throw busy(limits.waiting() + " are waiting already");
    }
    boolean admitted = false;
    try {
      // the timed tryAcquire keeps the semaphore's order; the untimed one would jump the queue
      admitted = turns.tryAcquire(limits.maxWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy("the server is stopping");
    } finally {
      if (!admitted) {
        inside.decrementAndGet();
      }
    }
    if (!admitted) {
      throw busy("none got its turn within " + limits.maxWait().toMillis() + " ms");
    }
  }

  /** Searches running and waiting now. */
  int inside() {
    return inside.get();
  }

  /** Searches waiting for a turn now (an estimate, as the semaphore's queue is). */
  int waiting() {
    return turns.getQueueLength();
  }

  private Problem busy(String why) {
    return new Problem(503, "Service unavailable", "the server is busy with searches (" + limits.running()
        + " running at once; " + why + "); try again in a moment");
  }
}
