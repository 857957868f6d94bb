package org.storyline.extract.quote.eval;

import java.util.List;
import org.storyline.model.Span;

/**
 * One annotated attribution of a PolNeAR article: who (source), the words that mark it (cue)
 * and what was attributed (content). Spans index the article's text; each may be discontinuous.
 *
 * @param content the attributed content, one or more parts
 * @param source the source's parts; empty when the annotation has none
 * @param cue the cue's parts; empty when the annotation has none
 * @param sourceText the source as written, parts joined by a space; empty when none
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue, String sourceText) {

  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
    cue = List.copyOf(cue);
  }

  /** Whether the content holds a double quotation mark: a direct quote. */
  public boolean isDirect(String text) {
    for (Span s : content) {
      for (int k = s.start(); k < s.end(); k++) {
        char c = text.charAt(k);
        if (c == '"' || c == '“' || c == '”') {
          return true;
        }
      }
    }
    return false;
  }
}
