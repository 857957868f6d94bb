package org.storyline.reconcile.claim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Claim;
import org.storyline.model.ArticleId;

/**
 * A claim with the article it was read in: what grouping across articles needs to show where each
 * value comes from.
 *
 * @param claim the claim; its spans index the article's cleaned text
 * @param article the article's id
 * @param outlet the article's outlet, if known
 * @param published the article's publication date, if known
 */
public record SourcedClaim(Claim claim, ArticleId article, Optional<String> outlet, Optional<LocalDate> published) {

  public SourcedClaim {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
  }

  /** Who asserts it: the source the text names, else the outlet, else "(the article)". */
  public String assertedBy() {
    return claim.source().map(a -> a.name()).orElse(outlet.orElse("(the article)"));
  }
}
