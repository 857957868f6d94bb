package org.storyline.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * Reads the records of a JSON Lines file on every core, a window of lines ahead of the one handed
 * on, and hands on what each gave in the order a reader on one thread would have: every document
 * and problem of a line, in the order the line's reading gave them, before those of the next line.
 * Decoding and parsing a line is most of what reading a file of articles already stored costs, and
 * what is done with each document (asking the store whether it knows it) is cheaper.
 *
 * <p>Contract: {@link #add} takes a line's reading (run on a pool thread; it may only tell the
 * consumers it is given) or, with {@link #addProblem}, a problem of the file itself at that point;
 * the calling thread alone tells {@code documents} and {@code problems}, from {@link #add} and
 * {@link #finish}, which hands on everything still ahead; {@link #close} stops the pool.
 */
final class LinesAhead implements AutoCloseable {

  private static final int WINDOW = 64;
  /** Lines of many megabytes are read ahead a few at a time. */
  private static final long WINDOW_BYTES = 16L << 20;

  /** One line's reading: it tells the two consumers what it finds. */
  @FunctionalInterface
  interface Reading {
    void read(Consumer<SourceDocument> documents, Consumer<Problem> problems);
  }

  private final Consumer<SourceDocument> documents;
  private final Consumer<Problem> problems;
  private final ExecutorService pool;
  private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
  private long bytesAhead;

  /** A line being read, and its size. */
  private record Ahead(CompletableFuture<List<Object>> found, long bytes) {}

  LinesAhead(Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    this.documents = documents;
    this.problems = problems;
    this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "storyline-read");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Starts reading a line of {@code bytes} bytes; hands on the oldest lines while more than the
   * window (in lines or in bytes) are ahead.
   */
  void add(Reading reading, long bytes) {
    ahead.add(new Ahead(CompletableFuture.supplyAsync(() -> {
      List<Object> found = new ArrayList<>(2);
      reading.read(found::add, found::add);
      return found;
    }, pool), bytes));
    bytesAhead += bytes;
    while (ahead.size() > WINDOW || (bytesAhead > WINDOW_BYTES && ahead.size() > 1)) {
      handOn(ahead.poll());
    }
  }

  /** A problem met between lines (one too long to read), in its turn. */
  void addProblem(Problem problem) {
    ahead.add(new Ahead(CompletableFuture.completedFuture(List.of(problem)), 0));
  }

  private void handOn(Ahead line) {
    bytesAhead -= line.bytes();
    List<Object> found;
    try {
      found = line.found().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
    for (Object x : found) {
      if (x instanceof SourceDocument doc) {
        documents.accept(doc);
      } else {
        problems.accept((Problem) x);
      }
    }
  }

  /** Hands on every line still ahead. */
  void finish() {
    while (!ahead.isEmpty()) {
      handOn(ahead.poll());
    }
  }

  /** Stops the pool; what is still ahead is dropped (after {@link #finish}, nothing is). */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
