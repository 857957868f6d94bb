package org.storyline.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.engine.CommitListener;
import org.storyline.engine.StoreChange;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.reconcile.entity.EntityDecision;

/**
 * The answers to GET requests, kept until the store changes. The store changes only through this
 * server's writes (the engine holds the store's one writer lock while the server runs), so each
 * commit empties the cache before and after it is written, and an answer computed while a commit
 * happened is not kept. Story answers are kept by {@link StoryAnswers} instead.
 */
final class Answers implements CommitListener {

  static final int MAX_ENTRIES = 4096;
  static final int MAX_BYTES = 1 << 20;
  private static final String GENERATION = "storyline.generation";
  private static final String ELSEWHERE = "storyline.kept-elsewhere";
  private static final List<String> HEADERS = List.of("Content-Type", "ETag", "Cache-Control", "Content-Disposition");

  /** {@code generation}: the one it was made in; it is served in that one only (a commit may start between keeping and storing it). */
  private record Answer(byte[] body, Map<String, String> headers, long generation) {}

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** Before the handlers: answers from the cache when it can (a 304 when the client has the answer). */
  void lookUp(Context ctx) {
    if (!cacheable(ctx)) {
      return;
    }
    ctx.attribute(GENERATION, generation.get());
    Answer a = answers.get(key(ctx));
    if (a == null || a.generation() != generation.get()) {
      return;
    }
    a.headers().forEach(ctx::header);
    String etag = a.headers().get("ETag");
    if (etag != null && etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
    } else {
      ctx.result(a.body());
    }
    ctx.skipRemainingHandlers();
  }

  /** After the handlers: keeps a 200 answer to a GET, unless a write came meanwhile. */
  void keep(Context ctx) {
    if (!cacheable(ctx)) {
      return;
    }
    Long started = ctx.attribute(GENERATION);
    if (started == null || started % 2 != 0 || started != generation.get() || ctx.status().getCode() != 200
        || ctx.res().getHeader("Set-Cookie") != null || ctx.resultInputStream() == null) {
      return;
    }
    byte[] body;
    try (InputStream in = ctx.resultInputStream()) {
      body = in.readAllBytes(); // the answers kept are pages and JSON made in memory already
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.result(body);
    if (body.length > MAX_BYTES) {
      return;
    }
    if (answers.size() >= MAX_ENTRIES) {
      answers.clear(); // crude, and enough: the entries are cheap to make again
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (String h : HEADERS) {
      String v = ctx.res().getHeader(h);
      if (v != null) {
        headers.put(h, v);
      }
    }
    answers.put(key(ctx), new Answer(body, headers, started));
  }

  /** GETs of pages and API calls; static files are the class path's and stream as they are. */
  private static boolean cacheable(Context ctx) {
    return ctx.method().name().equals("GET") && !ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")
        && ctx.attribute(ELSEWHERE) == null;
  }

  /** Marks an answer another cache keeps, so that it is not kept here too. */
  static void keptElsewhere(Context ctx) {
    ctx.attribute(ELSEWHERE, Boolean.TRUE);
  }

  /** Odd while a commit is under way: an answer made then may have read before or after it, and is not kept. */
  @Override
  public void committing(StoreChange change) {
    changed(1);
  }

  @Override
  public void committed(StoreChange change) {
    changed(1);
  }

  private static String key(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }

  private void changed(int steps) {
    generation.addAndGet(steps);
    answers.clear();
  }

  /** {@code writes}, emptying the cache after each. */
  Writes around(Writes writes) {
    return new Writes() {
      @Override
      public int add(List<Article> articles) {
        try {
          return writes.add(articles);
        } finally {
          changed(2); // for writes that do not tell of their commits; even, as no commit is under way
        }
      }

      @Override
      public void decide(EntityDecision decision) {
        try {
          writes.decide(decision);
        } finally {
          changed(2); // for writes that do not tell of their commits; even, as no commit is under way
        }
      }

      @Override
      public void recordProblems(List<Problem> problems) {
        writes.recordProblems(problems); // problems are shown on no page
      }

      @Override
      public void listen(CommitListener listener) {
        writes.listen(listener);
      }
    };
  }
}
