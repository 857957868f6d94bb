package org.storyline.reconcile;

import java.util.List;
import java.util.Optional;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Article;

/**
 * Estimates the day an article was written from what its text says and from the dated articles
 * of the same story.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code article}'s own publication date, if it has one, is ignored: the estimate is what the
 *       text and the peers say (so a dated article can be used to test a dater).
 *   <li>{@code peers} are articles of the same story; only those with a publication date (given or
 *       inferred) are used, and {@code article} itself is skipped if it is among them. An empty
 *       list means: date the article from its own text alone.
 *   <li>The result is empty when nothing in the text or the peers bounds the date (no full date,
 *       no year said in the present or future tense, no event shared with a dated peer); otherwise
 *       its {@link DateEstimate#evidence()} lists every piece of evidence the date agrees with.
 *   <li>Deterministic: the same article and peers give the same estimate. Implementations are
 *       thread-safe; nothing in a text makes them fail.
 * </ul>
 *
 * <pre>{@code
 * ArticleDater.standard().estimate(undated, List.of(datedPeer))
 *     .ifPresent(e -> undated.withPublished(e.toPublicationDate()));
 * }</pre>
 */
public interface ArticleDater {

  /**
   * The estimated day {@code article} was written.
   *
   * @throws NullPointerException if an argument is null
   */
  Optional<DateEstimate> estimate(Article article, List<Article> peers);

  /** The rule-based dater: candidate days scored against weighted constraints (see {@link Evidence.Kind}). */
  static ArticleDater standard() {
    return new ConstraintDater(new RuleTimeTagger(), new RuleTokenizer());
  }
}
