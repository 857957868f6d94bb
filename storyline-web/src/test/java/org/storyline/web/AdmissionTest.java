package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.storyline.search.ArticleSearch;

/**
 * The admission of searches: at most so many run at once, the others in arrival order, a bounded queue
 * and wait, and a refused search answered 503 without running. Behaviour only: no test depends on how
 * fast anything runs (the waits below are generous bounds, reached only when something is wrong).
 */
class AdmissionTest {

  private static final Duration LONG = Duration.ofMinutes(1);

  @Test
  void run_neverRunsMoreThanItsLimitAtOnce() throws Exception {
    AdmissionGate gate = new AdmissionGate(new Admission(2, 10, LONG));
    AtomicInteger active = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      threads.add(start(gate, () -> {
        most.accumulateAndGet(active.incrementAndGet(), Math::max);
        release.await();
        active.decrementAndGet();
        done.incrementAndGet();
      }));
    }
    awaitTrue(() -> gate.inside() == 6 && active.get() == 2 && gate.waiting() == 4);
    release.countDown();
    join(threads);
    assertThat(most.get()).isEqualTo(2);
    assertThat(done.get()).isEqualTo(6);
    assertThat(gate.inside()).isZero();
  }

  @Test
  void run_admitsTheWaitingInArrivalOrder() throws Exception {
    AdmissionGate gate = new AdmissionGate(new Admission(1, 10, LONG));
    Holder holder = Holder.take(gate);
    List<Thread> threads = new ArrayList<>(List.of(holder.thread));
    List<Integer> order = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 5; i++) {
      int arrival = i;
      threads.add(start(gate, () -> order.add(arrival)));
      awaitTrue(() -> gate.waiting() == arrival + 1); // the next arrives only once this one waits
    }
    holder.release.countDown();
    join(threads);
    assertThat(order).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void run_refusesAtOnceWhenTheQueueIsFull() throws Exception {
    AdmissionGate gate = new AdmissionGate(new Admission(1, 1, LONG));
    Holder holder = Holder.take(gate);
    AtomicBoolean waiterRan = new AtomicBoolean();
    Thread waiter = start(gate, () -> waiterRan.set(true));
    awaitTrue(() -> gate.waiting() == 1);
    assertRefused(gate, "1 are waiting already");
    holder.release.countDown();
    join(List.of(holder.thread, waiter));
    assertThat(waiterRan).isTrue();
    assertThat(gate.inside()).isZero();
  }

  @Test
  void run_refusesWhenTheTurnDoesNotComeWithinTheWait() throws Exception {
    AdmissionGate gate = new AdmissionGate(new Admission(1, 5, Duration.ofMillis(50)));
    Holder holder = Holder.take(gate);
    assertRefused(gate, "within 50 ms");
    holder.release.countDown();
    join(List.of(holder.thread));
    AtomicBoolean laterRan = new AtomicBoolean();
    gate.run(() -> laterRan.set(true));
    assertThat(laterRan).isTrue();
  }

  @Test
  void run_givesTheTurnBackWhenTheWorkFails() throws Exception {
    AdmissionGate gate = new AdmissionGate(new Admission(1, 0, Duration.ZERO));
    assertThatThrownBy(() -> gate.run(() -> {
      throw new IllegalStateException("broken search");
    })).isInstanceOf(IllegalStateException.class);
    AtomicBoolean ran = new AtomicBoolean();
    gate.run(() -> ran.set(true));
    assertThat(ran).isTrue();
    assertThat(gate.inside()).isZero();
  }

  @Test
  void admission_limitsOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> new Admission(0, 1, LONG)).hasMessageContaining("running searches must be 1 to 1024, not 0");
    assertThatThrownBy(() -> new Admission(1, -1, LONG)).hasMessageContaining("waiting searches must be 0 to 1024, not -1");
    assertThatThrownBy(() -> new Admission(1, 1, Duration.ofMillis(-1))).hasMessageContaining("the wait");
    assertThat(Admission.forProcessors().running()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void searchApi_whenBusy_answers503ProblemWithRetryAfter() throws Exception {
    TestSite site = TestSite.get();
    CountDownLatch searching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ArticleSearch fake = new FakeSearch(site.reader);
    ArticleSearch held = query -> {
      searching.countDown();
      await(release);
      return fake.search(query);
    };
    ServeOptions options = ServeOptions.loopback(0).withAdmission(new Admission(1, 0, LONG));
    try (WebServer server = WebServer.start(options, site.reader, held, Writes.readOnly())) {
      CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient().sendAsync(
          HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/search?q=troops")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(searching.await(1, TimeUnit.MINUTES)).isTrue();

      HttpResponse<String> api = Http.get(server.base() + "/api/v1/search?q=other");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(Http.json(api).get("detail").asText()).contains("busy with searches");
      assertThat(Http.get(server.base() + "/?q=other").statusCode()).isEqualTo(503);
      assertThat(Http.get(server.base() + "/search/feed.atom?q=other").statusCode()).isEqualTo(503);
      assertThat(Http.get(server.base() + "/api/v1/stories").statusCode()).as("no search: not gated").isEqualTo(200);

      release.countDown();
      assertThat(first.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
      assertThat(Http.get(server.base() + "/api/v1/search?q=other").statusCode()).isEqualTo(200);
    }
  }

  /** Work run through the gate now is refused with a 503 saying why, and never runs. */
  private static void assertRefused(AdmissionGate gate, String why) {
    AtomicBoolean ran = new AtomicBoolean();
    assertThatThrownBy(() -> gate.run(() -> ran.set(true)))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(503))
        .hasMessageContaining(why);
    assertThat(ran).isFalse();
  }

  /** A thread that holds one of the gate's turns until released. */
  private record Holder(Thread thread, CountDownLatch release) {
    static Holder take(AdmissionGate gate) throws InterruptedException {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread t = start(gate, () -> {
        holding.countDown();
        release.await();
      });
      holding.await();
      return new Holder(t, release);
    }
  }

  private static Thread start(AdmissionGate gate, AdmissionGate.Work work) {
    Thread t = new Thread(() -> {
      try {
        gate.run(work);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    t.start();
    return t;
  }

  private static void join(List<Thread> threads) throws InterruptedException {
    for (Thread t : threads) {
      t.join(TimeUnit.MINUTES.toMillis(1));
      assertThat(t.isAlive()).as("a thread still running after a minute").isFalse();
    }
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not reached within a minute").isLessThan(deadline);
      Thread.sleep(2);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
