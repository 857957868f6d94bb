package org.storyline.extract.time;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * One time expression found in a text: where it is, its TIMEX3 type, its normalised value and an
 * optional modifier.
 *
 * @param span where the expression is, in the text that was tagged
 * @param type the TIMEX3 type
 * @param value the normalised value
 * @param mod the modifier, or {@code null} when the value says everything
 * @param text the characters of {@code span}, for reading and debugging
 */
public record Timex(Span span, TimexType type, TimexValue value, TimexMod mod, String text) {

  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text \"" + text + "\" does not have the length of " + span);
    }
  }
}
