package org.storyline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One pair of {@link Worker} JVMs on one stage, one per contender that has the stage: opened (each
 * loads alone, then both warm up together), then timed in rounds taken in turn, one round of
 * Storyline, one of CoreNLP, so that they never compete for the cores yet both meet the same spells
 * of a shared machine; between rounds the pair may sit idle while other pairs work.
 */
final class PairRun implements AutoCloseable {

  private final List<Session> sessions;
  private final double longestPass;

  private PairRun(List<Session> sessions, double longestPass) {
    this.sessions = sessions;
    this.longestPass = longestPass;
  }

  /** Starts the stage's JVMs one at a time (so that each load time is its own) and warms them up. */
  static PairRun open(Stage stage, Path input, Path logDir, String suffix, double warmupSeconds) throws IOException {
    List<Session> sessions = new ArrayList<>();
    try {
      for (Contender c : Contender.values()) {
        if (c.runner(stage).isPresent()) {
          sessions.add(Session.start(c, stage, input, logDir.resolve(stage.id() + "-" + c.id() + suffix + ".log")));
        }
      }
      return new PairRun(sessions, warmAll(sessions, warmupSeconds));
    } catch (IOException | RuntimeException e) {
      closeAll(sessions);
      throw e;
    }
  }

  /** The longest of the JVMs' last warm-up passes, in seconds: what one timed round costs at the least. */
  double longestPass() {
    return longestPass;
  }

  /** One timed round of {@code seconds} (at least one pass) for each JVM in turn. */
  void round(double seconds) throws IOException {
    for (Session s : sessions) {
      s.round(seconds);
    }
  }

  /** Ends the JVMs; returns what each measured (a contender without the stage is empty). */
  Result finish() throws IOException {
    List<Measurement> results = new ArrayList<>();
    for (Session s : sessions) {
      results.add(s.finish());
    }
    return Result.of(results);
  }

  @Override
  public void close() throws IOException {
    closeAll(sessions);
  }

  private static void closeAll(List<Session> sessions) throws IOException {
    IOException first = null;
    for (Session s : sessions) {
      try {
        s.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Warms every JVM at once, each on a core of its own (warm-up is not timed), each for at least
   * the warm-up and on until the slowest has had its own: Storyline's pipeline still sped up
   * after 4 s, and CoreNLP's coreference stages warm for 20 s, so the quicker contender gets the
   * longer warm-up for nothing. Returns the longest of the last passes.
   */
  private static double warmAll(List<Session> sessions, double warmupSeconds) throws IOException {
    int n = sessions.size();
    List<CompletableFuture<Double>> first = new ArrayList<>();
    for (Session s : sessions) {
      first.add(s.warmLater(warmupSeconds));
    }
    List<CompletableFuture<Double>> current = new ArrayList<>(first);
    double[] lastPass = new double[n];
    boolean[] idle = new boolean[n];
    for (int left = n; left > 0; ) {
      List<CompletableFuture<Double>> pending = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!idle[i]) {
          pending.add(current.get(i));
        }
      }
      CompletableFuture.anyOf(pending.toArray(new CompletableFuture<?>[0])).handle((x, e) -> null).join();
      boolean allWarm = first.stream().allMatch(CompletableFuture::isDone);
      for (int i = 0; i < n; i++) {
        if (!idle[i] && current.get(i).isDone()) {
          lastPass[i] = sessions.get(i).await(current.get(i));
          if (allWarm) {
            idle[i] = true;
            left--;
          } else {
            current.set(i, sessions.get(i).warmLater(1));
          }
        }
      }
    }
    return Arrays.stream(lastPass).max().orElse(0);
  }

  /** What one pair of JVMs measured; a contender without the stage is empty. */
  record Result(Optional<Measurement> ours, Optional<Measurement> theirs) {
    static Result of(List<Measurement> results) {
      return new Result(find(results, Contender.STORYLINE), find(results, Contender.CORENLP));
    }

    private static Optional<Measurement> find(List<Measurement> results, Contender who) {
      return results.stream().filter(m -> m.contender().equals(who.id())).findFirst();
    }
  }
}
