package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.DURATION;
import static org.storyline.extract.time.TimexType.SET;
import static org.storyline.extract.time.TimexType.TIME;

import org.storyline.extract.time.Prefixes.Prefix;
import org.storyline.extract.time.TimexValue.Ref;

/**
 * The rules of the grammar, tried at one token. Each rule reads tokens forward from its start and
 * returns the longest {@link Match} it can make, or null; the longest match over all rules (and
 * over the optional modifier before them: "early", "more than") wins.
 */
final class Grammar {

  private final ScanTokens tokens;
  private final Prefixes prefixes;
  private final WeekdayRule weekdays;
  private final MonthRule months;
  private final YearRule years;
  private final SeasonRule seasons;
  private final QuarterRule quarters;
  private final RelativeDayRule relativeDays;
  private final RelativeUnitRule relativeUnits;
  private final DurationRule durations;
  private final ClockRule clocks;
  private final ReferenceRule references;
  private final SetRule sets;
  private final HolidayRule holidays;
  private final WeekOfRule weeksOf;
  private final MidPartRule midParts;

  Grammar(ScanContext context) {
    this.tokens = context.tokens();
    this.prefixes = new Prefixes(tokens);
    this.months = new MonthRule(context);
    this.weekdays = new WeekdayRule(context, months);
    this.years = new YearRule(context);
    this.seasons = new SeasonRule(context);
    this.quarters = new QuarterRule(context);
    this.relativeDays = new RelativeDayRule(context);
    this.relativeUnits = new RelativeUnitRule(context);
    this.durations = new DurationRule(context);
    this.clocks = new ClockRule(context, months, weekdays);
    this.references = new ReferenceRule(context);
    this.sets = new SetRule(context);
    this.holidays = new HolidayRule(context);
    this.weeksOf = new WeekOfRule(context, months);
    this.midParts = new MidPartRule(context, relativeDays);
  }

  /** The longest match starting at token {@code i}, with or without a modifier in front; null if none. */
  Match matchAt(int i) {
    Match best = core(i);
    for (Prefix p : prefixes.at(i)) {
      Match c = core(p.next());
      if (c == null || c.value() instanceof Ref || (p.quantity() && c.type() != DURATION && tokens.possessive(c.end()))) {
        continue; // "around Wednesday's ruling", "more than last year's $1.5 billion": the modifier is the noun's
      }
      boolean ok = p.durationOnly() ? c.type() == DURATION
          : p.quantity() ? c.type() != SET
          : (c.type() == DATE || c.type() == TIME);
      if (ok && (best == null || c.end() >= best.end())) {
        best = c.withMod(p.mod());
      }
    }
    return best;
  }

  private Match core(int j) {
    if (j >= tokens.size()) {
      return null;
    }
    Match best = null;
    best = longer(best, weekdays.weekday(j));
    best = longer(best, months.month(j, false));
    best = longer(best, months.dayMonth(j));
    best = longer(best, years.year(j));
    best = longer(best, seasons.season(j));
    best = longer(best, quarters.quarter(j));
    best = longer(best, relativeDays.relativeDay(j));
    best = longer(best, relativeUnits.relativeUnit(j));
    best = longer(best, durations.duration(j));
    best = longer(best, clocks.clock(j));
    best = longer(best, references.reference(j));
    best = longer(best, sets.set(j));
    best = longer(best, holidays.holiday(j));
    best = longer(best, weeksOf.weekOf(j));
    best = longer(best, midParts.midPart(j));
    return best;
  }

  private static Match longer(Match a, Match b) {
    return b != null && (a == null || b.end() > a.end()) ? b : a;
  }
}
