package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.LocalDate;
import org.storyline.extract.time.DateNumbers.YearAt;
import org.storyline.extract.time.TimexValue.Segment;
import org.storyline.extract.time.TimexValue.YearPart;

/** Seasons: "the summer", "last fall", "summer 2021", "winter of 1998". */
final class SeasonRule {

  private final ScanTokens tokens;
  private final DateNumbers numbers;
  private final ScanContext context;
  private final LocalDate dct;

  SeasonRule(ScanContext context) {
    this.tokens = context.tokens();
    this.numbers = context.numbers();
    this.context = context;
    this.dct = context.dct();
  }

  /** "the summer", "last fall", "summer 2021", "winter of 1998". */
  Match season(int j) {
    int k = j;
    String q = null;
    if (tokens.is(k, "the") || tokens.is(k, "this") || tokens.is(k, "last") || tokens.is(k, "next") || tokens.is(k, "that") || tokens.is(k, "coming")) {
      q = tokens.w(k);
      k++;
      if (q.equals("this") && tokens.is(k, "past")) {
        q = "last";
        k++;
      }
    }
    Segment s = Lexicon.SEASONS.get(tokens.w(k));
    if (s == null) {
      return null;
    }
    int end = k + 1;
    YearAt ya = numbers.yearAt(tokens.is(end, "of") ? end + 1 : end);
    if (ya != null) {
      return new Match(ya.end(), DATE, new YearPart(ya.year(), s), null);
    }
    if (q == null) {
      String prev = tokens.w(j - 1);
      boolean prep = prev.equals("in") || prev.equals("during") || prev.equals("since") || prev.equals("until")
          || prev.equals("by") || prev.equals("through") || prev.equals("throughout") || prev.equals("early")
          || prev.equals("late") || prev.equals("mid") || prev.equals("-");
      if (!prep || s == Segment.FA) {
        return null;
      }
    }
    if (tokens.is(end, "-") || (tokens.tok(end) != null && tokens.tok(end).capitalized() && tokens.tok(end).isWord())) {
      return null; // "summer-like", "the Summer Olympics"
    }
    if (q != null && q.equals("this") && s != Segment.WI) {
      return new Match(end, DATE, new YearPart(dct.getYear(), s), null);
    }
    if (q != null && q.equals("that")) {
      LocalDate ref = context.referenceDate();
      return new Match(end, DATE, Calendar.season(ref, s, Tense.PAST, false), null);
    }
    Tense t = q == null || q.equals("the") || q.equals("this") ? context.tense(j, end)
        : q.equals("last") ? Tense.PAST : Tense.FUTURE;
    boolean strict = q != null && (q.equals("last") || q.equals("next"));
    if (t == Tense.PRESENT) {
      t = Tense.PAST;
    }
    return new Match(end, DATE, Calendar.season(dct, s, t, strict), null);
  }
}
