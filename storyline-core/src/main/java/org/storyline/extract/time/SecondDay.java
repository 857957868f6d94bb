package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.LocalDate;
import java.util.Set;
import org.storyline.extract.time.TimexValue.Day;

/** The second day of "April 24 and 25", "March 3-5", "May 6 to 8": a date of its own. */
final class SecondDay {

  /** Words that join two days of one month: "April 24 and 25", "March 3-5", "May 6 to 8". */
  private static final Set<String> DAY_JOINERS = Set.of("and", "or", "to", "through", "-", "\u2013");

  private final ScanTokens tokens;
  private final DateNumbers numbers;

  SecondDay(ScanContext context) {
    this.tokens = context.tokens();
    this.numbers = context.numbers();
  }

  /**
   * The day after a joiner at token {@code k} that shares the month of {@code first} ("April 24
   * and 25"), or null: a later day of that month that no unit, hour or other number follows.
   */
  Match secondDay(int k, LocalDate first) {
    int day = DAY_JOINERS.contains(tokens.w(k)) ? numbers.dayNumber(k + 1) : -1;
    Token next = tokens.tok(k + 2);
    if (day <= first.getDayOfMonth() || day > first.lengthOfMonth()
        || (next != null && (next.isNumber() || Lexicon.UNITS.containsKey(next.lower()) || Lexicon.PLURAL_UNITS.containsKey(next.lower())
            || Lexicon.AMPM.contains(next.lower()) || Lexicon.COUNT_NOUNS.contains(next.lower()) || tokens.is(k + 2, "%")))) {
      return null;
    }
    return new Match(k + 2, DATE, new Day(first.withDayOfMonth(day)), null);
  }
}
