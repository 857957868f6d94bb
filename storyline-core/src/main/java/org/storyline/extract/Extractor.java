package org.storyline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.claim.ClaimExtractor;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.PublicationDate;

/**
 * Runs every extract stage over one cleaned article. Stateless and thread-safe; models are
 * loaded once, when it is built.
 */
public final class Extractor {

  private final TimeTagger timeTagger;
  private final ClaimExtractor claims;

  /** Time expressions only. */
  public Extractor(TimeTagger timeTagger) {
    this(timeTagger, null);
  }

  /** Time expressions, and claims when {@code claims} is not null. */
  public Extractor(TimeTagger timeTagger, ClaimExtractor claims) {
    this.timeTagger = timeTagger;
    this.claims = claims;
  }

  public static Extractor withDefaults() {
    return new Extractor(new RuleTimeTagger(), new RuleClaimExtractor());
  }

  public Extraction extract(Article article) {
    Optional<LocalDate> anchor = article.publishedOpt().map(PublicationDate::date);
    List<Timex> timexes = anchor.map(d -> timeTagger.tag(article.text(), d)).orElse(List.of());
    List<Claim> found = claims == null ? List.of()
        : claims.claims(article.text(), timexes, anchor);
    return new Extraction(article, anchor, timexes, found);
  }
}
