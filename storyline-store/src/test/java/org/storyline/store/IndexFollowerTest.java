package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The index's catch-ups run on their own thread: requests return at once, coalesce, and are awaited by searches and close. */
@Timeout(30)
class IndexFollowerTest {

  @Test
  void request_returnsWhileTheCatchUpRuns_onAnotherThread() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<String> ranOn = new AtomicReference<>();
    try (IndexFollower f = new IndexFollower("test-index", () -> {
      ranOn.set(Thread.currentThread().getName());
      started.countDown();
      awaitQuietly(release);
    })) {
      f.request(); // returns although the catch-up blocks until released
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(ranOn.get()).isEqualTo("test-index");
      release.countDown();
    }
  }

  @Test
  void requestsMadeDuringACatchUp_areServedByOneMore_andAwaitWaitsForIt() throws InterruptedException {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    try (IndexFollower f = new IndexFollower("test-index", () -> {
      if (runs.incrementAndGet() == 1) {
        firstStarted.countDown();
        awaitQuietly(release);
      }
    })) {
      f.request();
      assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 5; i++) {
        f.request(); // while the first runs: one more catch-up serves all five
      }
      Thread releaser = new Thread(() -> {
        sleepQuietly(100);
        release.countDown();
      });
      releaser.start();
      f.await();
      assertThat(runs.get()).as("await returned only after the catch-up that serves the later requests").isEqualTo(2);
      releaser.join();
    }
  }

  @Test
  void requestsWithinTheInterval_waitForIt_unlessACatchUpIsAwaitedOrTheFollowerCloses() {
    AtomicInteger runs = new AtomicInteger();
    IndexFollower f = new IndexFollower("test-index", Duration.ofHours(1), runs::incrementAndGet);
    f.request();
    f.await();
    assertThat(runs.get()).as("the first catch-up runs at once").isEqualTo(1);
    for (int i = 0; i < 5; i++) {
      f.request();
    }
    sleepQuietly(200);
    assertThat(runs.get()).as("the next waits for the interval").isEqualTo(1);
    f.await();
    assertThat(runs.get()).as("unless awaited: then one serves the five").isEqualTo(2);
    f.request();
    f.close();
    assertThat(runs.get()).as("closing runs the one requested").isEqualTo(3);
  }

  @Test
  void close_waitsForTheCatchUpRequested() {
    AtomicInteger runs = new AtomicInteger();
    IndexFollower f = new IndexFollower("test-index", () -> {
      sleepQuietly(200);
      runs.incrementAndGet();
    });
    f.request();
    f.close();
    assertThat(runs.get()).isEqualTo(1);
    assertThatThrownBy(f::request).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailedCatchUp_isThrownByTheNextCall_once() {
    AtomicInteger runs = new AtomicInteger();
    try (IndexFollower f = new IndexFollower("test-index", () -> {
      if (runs.incrementAndGet() == 1) {
        throw new StoreException("s.db", "disk full");
      }
    })) {
      f.request();
      assertThatThrownBy(f::await).isInstanceOf(StoreException.class).hasMessageContaining("disk full");
      f.request(); // thrown once: the next catch-up is tried
      f.await();
      assertThat(runs.get()).isEqualTo(2);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
