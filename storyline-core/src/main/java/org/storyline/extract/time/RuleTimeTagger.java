package org.storyline.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rule-based {@link TimeTagger} for English news: one tokenising pass, a hand-written grammar
 * over the tokens (weekdays, months and "Jan."-style abbreviations, years and decades, seasons,
 * quarters, relative words, durations, clock times, sets, holidays), a tense guess from the cue
 * words of the sentence, and normalisation with {@code java.time}.
 *
 * <pre>{@code
 * new RuleTimeTagger().tag("Putin is set to speak with Biden on Tuesday evening.", LocalDate.of(2021, 12, 6))
 * // [Timex[span=[43, 60), type=TIME, value=DayPart[2021-12-07, EV], ...]]
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call works on its own scan state.
 */
public final class RuleTimeTagger implements TimeTagger, CueReader {

  @Override
  public List<Timex> tag(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documentDate, "documentDate");
    return new Scan(text, documentDate).run();
  }

  /** Any date serves: cues do not depend on it, only the values the scan also computes. */
  private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

  @Override
  public List<DatingCue> cues(String text) {
    Objects.requireNonNull(text, "text");
    Scan scan = new Scan(text, NO_DATE);
    scan.run();
    return scan.cues();
  }
}
