package org.storyline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeTagger;
import org.storyline.model.Article;
import org.storyline.model.PublicationDate;

/**
 * Runs every extract stage over one cleaned article. Stateless and thread-safe; models are
 * loaded once, when it is built.
 */
public final class Extractor {

  private final TimeTagger timeTagger;

  public Extractor(TimeTagger timeTagger) {
    this.timeTagger = timeTagger;
  }

  public static Extractor withDefaults() {
    return new Extractor(new RuleTimeTagger());
  }

  public Extraction extract(Article article) {
    Optional<LocalDate> anchor = article.publishedOpt().map(PublicationDate::date);
    return new Extraction(article, anchor, anchor.map(d -> timeTagger.tag(article.text(), d)).orElse(List.of()));
  }
}
