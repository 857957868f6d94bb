package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.TIME;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.storyline.extract.time.Match.CueMaker;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.extract.time.TimexValue.DayPart;
import org.storyline.extract.time.TimexValue.PartOfDay;

/** Weekdays: "Tuesday", "last Friday", "the following Monday", "Monday morning", "Friday's close". */
final class WeekdayRule {

  private final ScanTokens tokens;
  private final ScanContext context;
  private final LocalDate dct;
  private final MonthRule months;

  WeekdayRule(ScanContext context, MonthRule months) {
    this.tokens = context.tokens();
    this.context = context;
    this.dct = context.dct();
    this.months = months;
  }

  // ---- rules

  Match weekday(int j) {
    int k = j;
    String q = null;
    if (tokens.is(k, "the") && (tokens.is(k + 1, "previous") || tokens.is(k + 1, "preceding") || tokens.is(k + 1, "following"))) {
      Token t = tokens.tok(k + 2);
      DayOfWeek dow = t == null ? null : Lexicon.WEEKDAYS.get(t.lower());
      if (dow == null || !t.capitalized()) {
        return null;
      }
      LocalDate ref = context.referenceDate();
      LocalDate date = tokens.is(k + 1, "following") ? Calendar.nextWeekday(ref, dow) : Calendar.lastWeekday(ref, dow);
      return new Match(k + 3, DATE, new Day(date), null);
    }
    if (tokens.is(k, "last") || tokens.is(k, "next") || tokens.is(k, "this") || tokens.is(k, "coming")) {
      q = tokens.w(k);
      k++;
      if (q.equals("this") && tokens.is(k, "past")) {
        q = "last";
        k++;
      }
    }
    Token t = tokens.tok(k);
    DayOfWeek dow = t == null ? null : Lexicon.WEEKDAYS.get(t.lower());
    if (dow == null || !t.capitalized()) {
      return null;
    }
    int end = k + 1;
    Token after = tokens.tok(end);
    if (after != null && after.capitalized() && Lexicon.WEEKDAY_NAME_PARTS.contains(after.lower())) {
      return null;
    }
    if (tokens.is(end, "night") && tokens.is(end + 1, "live")) {
      return null;
    }
    int e = tokens.is(end, ",") ? end + 1 : end;
    Match explicit = months.month(e, true);
    if (explicit != null) {
      return new Match(explicit.end(), DATE, explicit.value(), null, explicit.cue());
    }
    int shift = "last".equals(q) ? -1 : "next".equals(q) || "coming".equals(q) ? 1 : 0;
    Tense tense = "this".equals(q) ? (context.tense(j, end) == Tense.PAST ? Tense.PAST : Tense.FUTURE)
        : q == null && tokens.possessive(end) && context.tenseWithoutModals(j, end) != Tense.FUTURE ? Tense.PAST // "Friday's close": news of what happened
        : context.weekdayTense(j, end);
    LocalDate date = switch (shift) {
      case -1 -> Calendar.lastWeekday(dct, dow);
      case 1 -> Calendar.nextWeekday(dct, dow);
      default -> Calendar.weekday(dct, dow, tense);
    };
    CueMaker cue = (sp, tx, mod) -> new DatingCue.Weekday(sp, tx, tense, dow, shift);
    PartOfDay part = Lexicon.PARTS_OF_DAY.get(tokens.w(end));
    if (part != null) {
      return new Match(end + 1, TIME, new DayPart(date, part), null, cue);
    }
    return new Match(end, DATE, new Day(date), null, cue);
  }
}
