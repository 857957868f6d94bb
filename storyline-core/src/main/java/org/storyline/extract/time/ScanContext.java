package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.TIME;

import java.time.LocalDate;
import org.storyline.extract.time.TimexValue.YearPart;

/**
 * What the rules of one scan share: the tokens, the DCT, the tense cues, and the dates found so
 * far that later expressions count from: the last date mentioned (the reference for "that same
 * week", "a year earlier") and the quarter the story is about.
 */
final class ScanContext {

  private final ScanTokens tokens;
  private final DateNumbers numbers;
  private final LocalDate dct;
  private final TenseDetector tenses;
  private TimexValue reference;
  /**
   * The last quarter named ("the third quarter", "the latest quarter"): in an earnings report,
   * "a year ago" and "the year-earlier period" mean that quarter a year before.
   */
  private YearPart quarter;

  ScanContext(ScanTokens tokens, LocalDate dct, TenseDetector tenses) {
    this.tokens = tokens;
    this.numbers = new DateNumbers(tokens);
    this.dct = dct;
    this.tenses = tenses;
  }

  ScanTokens tokens() {
    return tokens;
  }

  DateNumbers numbers() {
    return numbers;
  }

  LocalDate dct() {
    return dct;
  }

  /** The last date or time mentioned that does not look back from another; null before the first. */
  TimexValue reference() {
    return reference;
  }

  /** The last quarter named that was over by the DCT; null before the first. */
  YearPart quarter() {
    return quarter;
  }

  /**
   * Takes note of a match found at token {@code from}: a date or time that does not look back
   * from another ("a year ago") becomes the reference.
   */
  void found(int from, Match m) {
    if ((m.type() == DATE || m.type() == TIME) && Calendar.anchorOf(m.value()) != null && !backwards(from, m.end())) {
      reference = m.value();
      if (m.value() instanceof YearPart yp && yp.segment().name().startsWith("Q") && Calendar.anchorOf(yp).plusMonths(3).isBefore(dct.plusDays(1))
          && (quarter == null || yp.year() * 4 + yp.segment().ordinal() >= quarter.year() * 4 + quarter.segment().ordinal())) {
        quarter = yp; // a quarter over by the DCT, and only forward: "the 1988 period" is compared with the story's quarter
      }
    }
  }

  /**
   * Whether tokens {@code [from, to)} look back from another time ("a year ago", "a year earlier",
   * "year-earlier"): such an expression does not become the reference, so that the next "a year
   * earlier" still counts from the period the story is about.
   */
  private boolean backwards(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.is(k, "ago") || tokens.is(k, "earlier")) {
        return true;
      }
    }
    return false;
  }

  /** The quarter the story is about, if one was named and it is not long before the DCT. */
  YearPart storyQuarter() {
    return quarter != null && quarter.year() >= dct.getYear() - 1 ? quarter : null;
  }

  /** The date of the reference, or the DCT before any. */
  LocalDate referenceDate() {
    LocalDate r = reference == null ? null : Calendar.anchorOf(reference);
    return r == null ? dct : r;
  }

  Tense tense(int from, int to) {
    return tenses.tenseAround(from, Math.min(to, tokens.size()));
  }

  /** The tense with "would", "could", "may" left out: see {@link TenseDetector#tenseWithoutModals}. */
  Tense tenseWithoutModals(int from, int to) {
    return tenses.tenseWithoutModals(from, Math.min(to, tokens.size()));
  }

  /**
   * The tense for a weekday: a sentence without cues takes the story's tense (news mostly tells
   * the past), a present-tense one ("meet Monday") the nearest day.
   */
  Tense weekdayTense(int from, int to) {
    if (!tenses.hasCues(from, Math.min(to, tokens.size()))) {
      return tenses.documentTense();
    }
    return tense(from, to);
  }
}
