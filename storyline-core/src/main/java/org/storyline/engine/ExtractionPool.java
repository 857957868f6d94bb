package org.storyline.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;

/**
 * Extracts articles on a fixed pool of threads, results in input order; other work on each article
 * that needs no shared state (the clusterer's reading ahead) runs on the same threads. The
 * extractors (and their models) are loaded the first time an article needs them, so an engine that
 * only reads or whose input is all stored already never loads them.
 *
 * <p>An article the extractors fail on (a bug met by odd text) gets an empty extraction, so that it
 * is stored, clustered on its text and its batch goes on; the failure is kept as a warning naming
 * the article until {@link #failures} takes it.
 */
final class ExtractionPool implements AutoCloseable {

  private final int threads;
  private final Supplier<Extractor> factory;
  private Extractor extractor;
  private ExecutorService pool;
  private final Map<ArticleId, Problem> failures = new ConcurrentHashMap<>();

  ExtractionPool(int threads, Supplier<Extractor> factory) {
    this.threads = threads;
    this.factory = factory;
  }

  /** The extraction of every article, in their order. */
  Map<ArticleId, Extraction> extractAll(List<Article> articles) {
    return submit(articles).await();
  }

  /** Starts extracting the articles; {@link Batch#await} gives the results in their order. */
  Batch submit(List<Article> articles) {
    if (articles.isEmpty()) {
      return new Batch(new Ahead<>(articles, List.of()));
    }
    List<Future<Extraction>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      // the models load on the pool's first thread, while the caller goes on (reading the next batch)
      futures.add(pool().submit(() -> extract(a)));
    }
    return new Batch(new Ahead<>(articles, futures));
  }

  /**
   * Starts extracting the articles that {@code done} has no extraction of, for the very same article
   * (an article given another date since, by its batch, is extracted again); the others' are taken
   * as they are.
   */
  Batch submit(List<Article> articles, Map<ArticleId, Extraction> done) {
    List<Future<Extraction>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Extraction x = done.get(a.id());
      if (x != null && x.article().equals(a)) {
        futures.add(CompletableFuture.completedFuture(x));
      } else {
        Extractor e = extractor();
        futures.add(pool().submit(() -> extract(e, a)));
      }
    }
    return new Batch(new Ahead<>(articles, futures));
  }

  /**
   * Starts {@code work} on each article, ahead of the extractions submitted after; {@link Ahead#await}
   * gives the results in the articles' order. {@code work} must be safe to run on several threads at once.
   */
  <T> Ahead<T> ahead(List<Article> articles, Function<Article, T> work) {
    List<Future<T>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      futures.add(pool().submit(() -> work.apply(a)));
    }
    return new Ahead<>(articles, futures);
  }

  /** Work started by {@link #ahead}. */
  static final class Ahead<T> {
    private final List<Article> articles;
    private final List<Future<T>> futures;

    private Ahead(List<Article> articles, List<Future<T>> futures) {
      this.articles = articles;
      this.futures = futures;
    }

    /** Waits for every result; in the articles' order. */
    List<T> await() {
      List<T> out = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        out.add(ExtractionPool.await(futures.get(i), articles.get(i)));
      }
      return out;
    }
  }

  /** Extractions under way. */
  static final class Batch {
    private final Ahead<Extraction> extractions;

    private Batch(Ahead<Extraction> extractions) {
      this.extractions = extractions;
    }

    /** Waits for every extraction; by article, in the articles' order. */
    Map<ArticleId, Extraction> await() {
      List<Extraction> done = extractions.await();
      Map<ArticleId, Extraction> out = new LinkedHashMap<>();
      for (int i = 0; i < done.size(); i++) {
        out.put(extractions.articles.get(i).id(), done.get(i));
      }
      return out;
    }
  }

  /** The article's extraction, or an empty one when the extractors fail on it (see the class comment). */
  Extraction extract(Article article) {
    return extract(extractor(), article);
  }

  /** Takes the failures met on {@code articles}, each a warning naming its article, in their order. */
  List<Problem> failures(Collection<ArticleId> articles) {
    List<Problem> out = new ArrayList<>();
    if (!failures.isEmpty()) {
      for (ArticleId id : articles) {
        Problem p = failures.remove(id);
        if (p != null) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private Extraction extract(Extractor extractor, Article article) {
    try {
      return extractor.extract(article);
    } catch (RuntimeException | StackOverflowError e) {
      failures.put(article.id(), AnalysisFailure.unanalysed(article, e));
      return AnalysisFailure.nothingFound(article);
    }
  }

  private synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = factory.get();
    }
    return extractor;
  }

  private ExecutorService pool() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "storyline-extract");
        t.setDaemon(true);
        return t;
      });
    }
    return pool;
  }

  private static <T> T await(Future<T> f, Article a) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing " + a.origin(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("could not analyse " + a.origin() + ": " + cause, cause);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
