package org.storyline.extract.text;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * A sentence: its span in the text and its tokens, in order.
 *
 * @param index the sentence's 0-based position in its text
 * @param span from its first token's start to its last token's end
 * @param tokens at least one
 */
public record Sentence(int index, Span span, List<Token> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
  }

  /** The sentence's characters in {@code text}, the text it was split from. */
  public String text(CharSequence text) {
    return span.of(text);
  }
}
