package org.storyline.summarize;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /** Inverse document frequency of each term, the sentences being the documents. */
  static Map<String, Double> idf(List<Unit> units) {
    Map<String, Integer> df = new HashMap<>();
    for (Unit u : units) {
      for (String t : new HashSet<>(u.terms())) {
        df.merge(t, 1, Integer::sum);
      }
    }
    Map<String, Double> idf = new HashMap<>();
    double n = units.size();
    df.forEach((t, c) -> idf.put(t, Math.log((n + 1) / (c + 0.5))));
    return idf;
  }
}
