package org.storyline.extract.claim;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * Who the text says asserts a figure: a speaker ("Kirby said", "Reznikov, saying ...") or a source
 * ("according to the Ukrainian Defense Ministry"). A figure without one is the outlet's own.
 *
 * @param span the source's words in the text
 * @param name the source as written ("a senior defense official")
 * @param cue how the text attributes it
 */
public record Attribution(Span span, String name, Cue cue) {

  /** How a text attributes a figure. */
  public enum Cue {
    /** A verb of saying: said, told, announced, confirmed, indicates. */
    SPEAKER,
    /** "according to X". */
    ACCORDING_TO
  }

  public Attribution {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cue, "cue");
  }
}
