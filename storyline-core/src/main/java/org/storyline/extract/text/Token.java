package org.storyline.extract.text;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * One token of a text: a word, a number, a punctuation mark, a clitic ({@code 's}, {@code n't}).
 *
 * @param span where it stands in the text that was tokenised
 * @param text its characters, as written
 */
public record Token(Span span, String text) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("token '" + text + "' does not fit its span " + span);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** Whether the token begins with an upper-case letter. */
  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether the token has no letter or digit. */
  public boolean isPunctuation() {
    for (int k = 0; k < text.length(); k += Character.charCount(text.codePointAt(k))) {
      if (Character.isLetterOrDigit(text.codePointAt(k))) {
        return false; // a loop, not a stream of code points: the event detector asks of every token
      }
    }
    return true;
  }
}
