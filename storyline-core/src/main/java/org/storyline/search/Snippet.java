package org.storyline.search;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * A passage of an article's text with the words that matched marked. Plain text, never markup: a
 * page escapes {@code text} and wraps each highlight itself.
 *
 * @param text the passage
 * @param highlights the matched words, as spans of {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Span> highlights) {

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int last = 0;
    for (Span s : highlights) {
      if (s.start() < last || s.end() > text.length()) {
        throw new IllegalArgumentException("highlight " + s + " out of order or outside a passage of " + text.length() + " characters");
      }
      last = s.end();
    }
  }
}
