package org.storyline.extract.claim;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.Span;

/**
 * The thing a figure counts: the noun phrase ("Russian troops"), its head noun in lower case
 * ("troops"), and its owner when the text says whose they are ("Russia has 100,000 troops" or
 * "Russian troops" both give "Russia").
 *
 * @param span the noun phrase; empty (at the quantity's end) when the text names no thing
 * @param text the noun phrase as written, or "" when the text names no thing
 * @param head the head noun in lower case, or ""
 * @param owner the country, organisation or group the things belong to, normalised ("Russia",
 *     "United States"), if the text says
 */
public record Subject(Span span, String text, String head, Optional<String> owner) {

  public Subject {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(owner, "owner");
  }

  /**
   * The words of the phrase other than its head and its owner, in lower case: "Property crime
   * incidents" gives {crime, property}, "counts of attempted murder" {attempted, murder, of},
   * "Russian troops" none. They tell kinds of one thing apart.
   */
  public Set<String> modifiers() {
    Set<String> words = new TreeSet<>();
    for (String w : text.split("[\\s\\p{Pd}]+")) {
      String l = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (!l.isEmpty() && !l.equals(head) && Owners.of(l).isEmpty()) {
        words.add(l);
      }
    }
    return words;
  }

  /** Whether the text names the thing counted. */
  public boolean isNamed() {
    return !head.isEmpty();
  }
}
