package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.TIME;

import java.time.LocalDate;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.extract.time.TimexValue.DayPart;
import org.storyline.extract.time.TimexValue.PartOfDay;

/** A part of a day after "mid": "mid-afternoon", "midmorning Tuesday". */
final class MidPartRule {

  private final ScanTokens tokens;
  private final ScanContext context;
  private final LocalDate dct;
  private final RelativeDayRule relativeDays;

  MidPartRule(ScanContext context, RelativeDayRule relativeDays) {
    this.tokens = context.tokens();
    this.context = context;
    this.dct = context.dct();
    this.relativeDays = relativeDays;
  }

  /**
   * The part of a day after "mid" ("mid-afternoon", "mid afternoon yesterday"; the prefix adds the
   * modifier), or "midmorning": on the day named right after it, else the DCT.
   */
  Match midPart(int j) {
    PartOfDay part;
    if (tokens.w(j).startsWith("mid") && Lexicon.PARTS_OF_DAY.containsKey(tokens.w(j).substring(3))) {
      part = Lexicon.PARTS_OF_DAY.get(tokens.w(j).substring(3));
    } else if (tokens.is(j - 1, "mid") || (tokens.is(j - 1, "-") && tokens.is(j - 2, "mid"))) {
      part = Lexicon.PARTS_OF_DAY.get(tokens.w(j));
    } else {
      return null;
    }
    if (part == null || part == PartOfDay.NI) {
      return null;
    }
    LocalDate day = dct;
    int end = j + 1;
    Match rel = relativeDays.relativeDayValue(end);
    Token wd = tokens.tok(end);
    if (rel != null && rel.value() instanceof Day d) {
      day = d.date();
      end = rel.end();
    } else if (wd != null && wd.capitalized() && Lexicon.WEEKDAYS.containsKey(wd.lower())) {
      day = Calendar.weekday(dct, Lexicon.WEEKDAYS.get(wd.lower()), context.weekdayTense(j, end + 1));
      end++;
    }
    return new Match(end, TIME, new DayPart(day, part), null);
  }
}
