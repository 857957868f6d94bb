package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.TIME;

import java.time.LocalDate;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.extract.time.TimexValue.DayPart;
import org.storyline.extract.time.TimexValue.PartOfDay;

/** Days named from the DCT: "today", "tonight", "yesterday morning", "tomorrow", "this morning", "last night". */
final class RelativeDayRule {

  private final ScanTokens tokens;
  private final ScanContext context;
  private final LocalDate dct;

  RelativeDayRule(ScanContext context) {
    this.tokens = context.tokens();
    this.context = context;
    this.dct = context.dct();
  }

  /** "today", "tonight", "yesterday morning", "tomorrow", "this morning", "last night". */
  Match relativeDay(int j) {
    Match m = relativeDayValue(j);
    if (m == null || tokens.is(j, "the") || tokens.is(j, "that")) {
      return m; // "the next morning", "that night" count from the story's day, not from the day of writing: no dating cue
    }
    LocalDate day = Calendar.anchorOf(m.value());
    int offset = day == null ? 0 : (int) java.time.temporal.ChronoUnit.DAYS.between(dct, day);
    Tense tense = context.tense(j, m.end());
    return m.withCue((sp, tx, mod) -> new DatingCue.RelativeDay(sp, tx, tense, offset));
  }

  Match relativeDayValue(int j) {
    String w = tokens.w(j);
    LocalDate date;
    int end = j + 1;
    switch (w) {
      case "today" -> date = dct;
      case "yesterday" -> date = dct.minusDays(1);
      case "tomorrow" -> date = dct.plusDays(1);
      case "tonight" -> {
        return new Match(end, TIME, new DayPart(dct, PartOfDay.NI), null);
      }
      case "this" -> {
        PartOfDay p = Lexicon.PARTS_OF_DAY.get(tokens.w(j + 1));
        return p == null ? null : new Match(j + 2, TIME, new DayPart(dct, p), null);
      }
      case "the" -> { // "the next morning", "the following night": after the day the story is at
        PartOfDay p = tokens.is(j + 1, "next") || tokens.is(j + 1, "following") ? Lexicon.PARTS_OF_DAY.get(tokens.w(j + 2)) : null;
        return p == null ? null : new Match(j + 3, TIME, new DayPart(context.referenceDate().plusDays(1), p), null);
      }
      case "that" -> { // "that night": of the day the story is at
        PartOfDay p = Lexicon.PARTS_OF_DAY.get(tokens.w(j + 1));
        return p == null ? null : new Match(j + 2, TIME, new DayPart(context.referenceDate(), p), null);
      }
      case "last" -> {
        return tokens.is(j + 1, "night") ? new Match(j + 2, TIME, new DayPart(dct.minusDays(1), PartOfDay.NI), null) : null;
      }
      default -> {
        return null;
      }
    }
    PartOfDay p = Lexicon.PARTS_OF_DAY.get(tokens.w(end));
    if (p != null) {
      return new Match(end + 1, TIME, new DayPart(date, p), null);
    }
    return new Match(end, DATE, new Day(date), null);
  }
}
