package org.storyline.extract.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the time expressions of a text and normalises them to TIMEX3 values.
 *
 * <p>Contract:
 * <ul>
 *   <li>The returned list is sorted by start, its spans do not overlap, and each lies within
 *       {@code text}; {@link Timex#text()} is the text under its span.
 *   <li>Relative expressions ("Tuesday", "last week", "February") are anchored on
 *       {@code documentDate}, the publication date of the text (the DCT), and on the tense of the
 *       sentence they are in: a bare weekday in a future sentence lies in {@code [D, D+6]}, in a
 *       past sentence in {@code [D-6, D]}.
 *   <li>Implementations are thread-safe: one instance may tag many texts at once.
 *   <li>Nothing in the text makes it fail; an expression it cannot normalise is left out.
 * </ul>
 */
public interface TimeTagger {

  /**
   * The time expressions of {@code text}, anchored on {@code documentDate}.
   *
   * @throws NullPointerException if an argument is null
   */
  List<Timex> tag(String text, LocalDate documentDate);
}
