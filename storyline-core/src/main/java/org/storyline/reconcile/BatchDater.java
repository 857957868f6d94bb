package org.storyline.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;

/**
 * Dates the undated articles of a batch, using the others as peers: the most certain estimate
 * first, so that an article dated by inference can in turn date another (an undated piece that
 * gives "a Dec. 7 call" outright helps date one that only says "Tuesday's call"). All articles of
 * the batch are peers of each other for now; a story's clustering should narrow that.
 *
 * <p>With more than {@link #ITERATIVE_LIMIT} undated articles, each is dated once against the
 * dated ones only, to keep the cost linear in the number of undated articles.
 */
public final class BatchDater {

  /** The most undated articles dated most-certain-first; beyond it, one pass. */
  public static final int ITERATIVE_LIMIT = 40;

  /**
   * The articles of a batch, in their order, the undated ones that could be dated now carrying an
   * inferred date; and the estimate behind each inferred date.
   */
  public record Result(List<Article> articles, Map<ArticleId, DateEstimate> estimates) {
    public Result {
      articles = List.copyOf(articles);
      estimates = Map.copyOf(estimates);
    }
  }

  private final ArticleDater dater;

  public BatchDater(ArticleDater dater) {
    this.dater = Objects.requireNonNull(dater, "dater");
  }

  public Result date(List<Article> batch) {
    Objects.requireNonNull(batch, "batch");
    Map<ArticleId, Article> current = new LinkedHashMap<>();
    batch.forEach(a -> current.put(a.id(), a));
    List<Article> undated = new ArrayList<>(batch.stream().filter(a -> a.published() == null).toList());
    Map<ArticleId, DateEstimate> estimates = new LinkedHashMap<>();
    boolean iterate = undated.size() <= ITERATIVE_LIMIT;
    while (!undated.isEmpty()) {
      List<Article> peers = List.copyOf(current.values());
      Article best = null;
      DateEstimate bestEstimate = null;
      for (Article a : List.copyOf(undated)) {
        Optional<DateEstimate> e = dater.estimate(a, peers);
        if (e.isEmpty()) {
          undated.remove(a);
        } else if (!iterate) {
          fix(a, e.get(), current, estimates);
          undated.remove(a);
        } else if (bestEstimate == null || e.get().confidence() > bestEstimate.confidence()) {
          best = a;
          bestEstimate = e.get();
        }
      }
      if (best == null) {
        break;
      }
      fix(best, bestEstimate, current, estimates);
      undated.remove(best);
    }
    return new Result(List.copyOf(current.values()), estimates);
  }

  private static void fix(Article a, DateEstimate e, Map<ArticleId, Article> current, Map<ArticleId, DateEstimate> estimates) {
    current.put(a.id(), a.withPublished(e.toPublicationDate()));
    estimates.put(a.id(), e);
  }
}
