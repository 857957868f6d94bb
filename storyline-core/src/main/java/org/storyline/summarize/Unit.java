package org.storyline.summarize;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.storyline.model.Span;

/**
 * One sentence of one article, read for summarising.
 *
 * @param article its article
 * @param position its 0-based place among its article's sentences (the lead is 0)
 * @param span where it is in the article's text
 * @param text its characters
 * @param mentioned the calendar days its time expressions name
 * @param terms its content words ({@link Terms})
 * @param words its number of tokens
 */
record Unit(DatedText article, int position, Span span, String text, Set<LocalDate> mentioned, List<String> terms,
    int words) {

  SourcedSentence cite() {
    return new SourcedSentence(text, article.id(), article.outlet(), article.published(), span);
  }
}
