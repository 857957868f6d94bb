package org.storyline.model;

import java.util.Objects;

/**
 * A duplicate kept and linked to its original: the article that arrived first.
 *
 * @param duplicate the later article
 * @param original the earlier one it copies
 * @param kind exact (same cleaned words) or near (same copy with another headline, byline,
 *     boilerplate or a few edited sentences)
 * @param similarity the estimated Jaccard similarity of their word shingles, 1 for exact
 */
public record DuplicateLink(ArticleId duplicate, ArticleId original, Kind kind, double similarity) {

  /** How close the copy is. */
  public enum Kind { EXACT, NEAR }

  public DuplicateLink {
    Objects.requireNonNull(duplicate, "duplicate");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(kind, "kind");
    if (duplicate.equals(original)) {
      throw new IllegalArgumentException("an article is not a duplicate of itself: " + duplicate);
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
    }
  }
}
