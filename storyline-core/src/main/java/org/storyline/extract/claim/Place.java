package org.storyline.extract.claim;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Span;

/**
 * Where the things counted are: a locative phrase ("near Ukraine and in Russia-annexed Crimea",
 * "on the border with Ukraine") and the names in it.
 *
 * @param span the phrase
 * @param text the phrase as written
 * @param names its capitalised names ("Ukraine", "Crimea"), to tell whether two places may be the same
 */
public record Place(Span span, String text, List<String> names) {

  public Place {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    names = List.copyOf(names);
  }

  /** Whether two places may be the same: one names nothing, or they share a name. */
  public boolean compatibleWith(Place other) {
    return names.isEmpty() || other.names.isEmpty() || names.stream().anyMatch(other.names::contains);
  }
}
