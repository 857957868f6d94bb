package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.SET;

import java.time.DayOfWeek;
import java.time.Month;
import org.storyline.extract.time.TimexValue.Duration;
import org.storyline.extract.time.TimexValue.PartOfDay;
import org.storyline.extract.time.TimexValue.Unit;

/** Sets: "every week", "each year", "daily", "per day", "every Monday". */
final class SetRule {

  private final ScanTokens tokens;

  SetRule(ScanContext context) {
    this.tokens = context.tokens();
  }

  /** "every week", "each year", "daily", "per day". */
  Match set(int j) {
    String w = tokens.w(j);
    Unit adverb = Lexicon.SET_ADVERBS.get(w);
    if (adverb != null && !(tokens.tok(j - 1) != null && tokens.tok(j - 1).capitalized() && tokens.tok(j - 1).isWord()) && !tokens.is(j - 1, "the")) {
      return new Match(j + 1, SET, Duration.of(1, adverb), null);
    }
    if (w.equals("every") || w.equals("each") || w.equals("per")) {
      int k = j + 1;
      Unit u = Lexicon.UNITS.get(tokens.w(k));
      if (u != null) {
        return new Match(k + 1, SET, Duration.of(1, u), null);
      }
      DayOfWeek dow = Lexicon.WEEKDAYS.get(tokens.w(k));
      if (dow != null && !w.equals("per")) {
        return new Match(k + 1, SET, new TimexValue.Other("XXXX-WXX-" + dow.getValue()), null);
      }
      Month month = tokens.tok(k) != null && tokens.tok(k).capitalized() && !w.equals("per") ? Lexicon.MONTHS.get(tokens.w(k)) : null;
      if (month != null) { // "each July": that month of every year
        return new Match(k + 1, SET, new TimexValue.Other(String.format("XXXX-%02d", month.getValue())), null);
      }
      PartOfDay p = Lexicon.PARTS_OF_DAY.get(tokens.w(k));
      if (p != null && !w.equals("per")) {
        return new Match(k + 1, SET, new TimexValue.Other("XXXX-XX-XXT" + p.name()), null);
      }
    }
    return null;
  }
}
