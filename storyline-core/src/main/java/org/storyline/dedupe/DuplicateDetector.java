package org.storyline.dedupe;

import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.DuplicateLink;

/**
 * The dedupe stage: tells whether an arriving article copies one seen before.
 *
 * <p>Contract.
 *
 * <ul>
 *   <li>{@link #check} is called once per article, in arrival order; it returns a link to an
 *       earlier article when the new one is a duplicate of it, and otherwise remembers the new one
 *       as a possible original. A duplicate is never remembered itself: every link points at an
 *       original, never at another duplicate, so chains do not form.
 *   <li>Exact duplicates (the same words once headline, byline and white space are set aside) are
 *       always found; near duplicates (the same copy with another headline, byline, boilerplate or
 *       a few edited sentences) are found with high probability when their published dates are
 *       within the detector's window; two different reports of one event are not duplicates.
 *   <li>Cost per call is independent of how many articles were seen; memory is bounded by the
 *       articles inside the window.
 *   <li>Deterministic: the same articles in the same order give the same links.
 * </ul>
 *
 * Not thread-safe.
 */
public interface DuplicateDetector {

  /** The original {@code article} duplicates, or empty (and {@code article} is remembered). */
  Optional<DuplicateLink> check(Article article);

  /**
   * What {@link #check} reads of {@code article} alone, made without the detector's state: it may be
   * made ahead, on any thread, while the detector checks other articles. The default reads nothing.
   */
  default Sketch sketch(Article article) {
    return Sketch.NONE;
  }

  /**
   * The same as {@link #check(Article)}, given the article's {@link #sketch} (made by this detector
   * or one of the same parameters), so that only the part that needs the detector's state is done
   * here.
   */
  default Optional<DuplicateLink> check(Article article, Sketch sketch) {
    return check(article);
  }

  /** What a detector reads of one article alone (see {@link #sketch}). */
  interface Sketch {
    /** Nothing read ahead. */
    Sketch NONE = new Sketch() {};
  }
}
