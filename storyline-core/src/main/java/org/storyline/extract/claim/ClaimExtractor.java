package org.storyline.extract.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.Timex;

/**
 * Finds the numeric claims of a text: quantities of interest with the thing they count, where,
 * when, who asserts them and their modality.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code timexes} are the text's time expressions (sorted, possibly empty when the text is
 *       undated); {@code published} the publication date, if known, against which past figures
 *       are told apart. The extractor tokenises what it needs itself.
 *   <li>The claims are sorted by the start of their quantity; quantities do not overlap and lie
 *       within {@code text}; {@link Quantity#text()} is the text under its span.
 *   <li>Numbers that are not claims are left out: years, dates, clock times, durations, ages,
 *       ordinals, phone numbers, street numbers, numbers in names, and numbers that refer back to
 *       a group already counted ("the two", "all four").
 *   <li>Implementations are thread-safe; nothing in the text makes them fail.
 * </ul>
 */
public interface ClaimExtractor {

  List<Claim> claims(String text, List<Timex> timexes, Optional<LocalDate> published);

  /**
   * The same, given the text's sentences as the extract stage already has them, so the text is
   * not tokenised twice. An implementation may ignore them.
   */
  default List<Claim> claims(String text, List<Sentence> sentences, List<Timex> timexes, Optional<LocalDate> published) {
    return claims(text, timexes, published);
  }
}
