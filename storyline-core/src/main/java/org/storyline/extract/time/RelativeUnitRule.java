package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.DURATION;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.extract.time.TimexValue.Duration;
import org.storyline.extract.time.TimexValue.Segment;
import org.storyline.extract.time.TimexValue.Unit;
import org.storyline.extract.time.TimexValue.YearPart;

/** A calendar unit named from the DCT or the last date: "this week", "last month", "next year", "the weekend", "the past week", "that same week", "year-earlier". */
final class RelativeUnitRule {

  /** Qualifiers of a unit after "the" ("the past week"). */
  private static final Set<String> AFTER_THE = Set.of("past", "last", "next", "coming", "previous", "following", "current", "same", "latest");

  /** Qualifiers of "month" that name one near the DCT ("this month", "the current month"). */
  private static final Set<String> NEAR_MONTH = Set.of("this", "current", "the current", "last", "previous", "next", "coming");

  private final ScanTokens tokens;
  private final ScanContext context;
  private final LocalDate dct;

  RelativeUnitRule(ScanContext context) {
    this.tokens = context.tokens();
    this.context = context;
    this.dct = context.dct();
  }

  /** "this week", "last month", "next year", "the weekend", "the past week", "that same week", "year-earlier". */
  Match relativeUnit(int j) {
    int k = j;
    String q = tokens.w(k);
    switch (q) {
      case "this", "last", "next", "coming", "previous", "current", "past", "that", "a" -> k++;
      case "the" -> {
        k++;
        String q2 = tokens.w(k);
        if (AFTER_THE.contains(q2)) {
          q = "the " + q2;
          k++;
        }
      }
      case "year" -> {
        return yearEnd(j);
      }
      default -> {
        return null;
      }
    }
    if (q.equals("this") && tokens.is(k, "past")) {
      q = "last";
      k++;
    }
    if (q.equals("that") && tokens.is(k, "same")) {
      q = "the same";
      k++;
    }
    if ((tokens.is(k, "fiscal") || tokens.is(k, "full")) && tokens.is(k + 1, "year")) {
      k++; // "the fiscal year", "the full year", "last fiscal year"
    }
    String u = tokens.w(k);
    int end = k + 1;
    if (tokens.tok(k) != null && tokens.tok(k).capitalized()) {
      return null; // a title: ABC's "This Week", "Next Year in Jerusalem"
    }
    if (u.equals("weekend")) {
      return weekendMatch(j, end, q);
    }
    if (u.equals("year") && tokens.is(end, "-") && (tokens.is(end + 1, "earlier") || tokens.is(end + 1, "ago") || tokens.is(end + 1, "end"))) {
      return q.equals("the") ? yearEarlier(j, k) : null;
    }
    Unit unit = Lexicon.UNITS.get(u);
    if (unit == null || unit == Unit.HOUR || unit == Unit.MINUTE || unit == Unit.SECOND || unit == Unit.QUARTER) {
      return null;
    }
    if (tokens.is(end, "-") || tokens.possessive(end) && tokens.is(end + 2, "end")) {
      return null;
    }
    Match m = relativeUnitValue(j, q, unit, end);
    if (m != null && unit == Unit.MONTH && m.type() == DATE && m.value() instanceof TimexValue.Month month) {
      int offset = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(dct), month.month());
      if (NEAR_MONTH.contains(q)) {
        Tense tense = context.tense(j, end);
        return m.withCue((sp, tx, mod) -> new DatingCue.RelativeMonth(sp, tx, tense, offset));
      }
    }
    return m;
  }

  private Match relativeUnitValue(int j, String q, Unit unit, int end) {
    return switch (q) {
      case "this", "current", "the current" -> unit == Unit.DAY ? null : new Match(end, DATE, shift(dct, unit, 0), null);
      case "last", "previous", "past" -> unit == Unit.DAY ? null : new Match(end, DATE, shift(dct, unit, -1), null);
      case "next", "coming" -> unit == Unit.DAY ? null : new Match(end, DATE, shift(dct, unit, 1), null);
      // "the past year" is the year before the DCT's, as TimeBank and AQUAINT annotate it; "the past day" a length
      case "the past", "the last" -> unit == Unit.DAY
          ? new Match(end, DURATION, DurationRule.length(1, unit), null)
          : new Match(end, DATE, shift(dct, unit, -1), null);
      case "the next", "the coming" -> unit == Unit.DAY
          ? new Match(end, DATE, shift(context.referenceDate(), unit, 1), null)
          : new Match(end, DATE, shift(dct, unit, 1), null);
      case "the previous" -> new Match(end, DATE, shift(context.referenceDate(), unit, -1), null);
      case "the following" -> new Match(end, DATE, shift(context.referenceDate(), unit, 1), null);
      case "the same", "that" -> new Match(end, DATE, shift(context.referenceDate(), unit, 0), null);
      // "the latest fiscal year", "the latest month": the last one over, as an earnings report means it
      case "the latest" -> unit == Unit.DAY ? null : new Match(end, DATE, shift(dct, unit, -1), null);
      case "the" -> unit == Unit.WEEK && !partOf(j) && !tiedToAnother(end)
          ? new Match(end, DATE, shift(context.referenceDate(), unit, 0), null) // "for the week, the index fell": the week the story is at
          : (unit == Unit.MONTH || unit == Unit.WEEK) && partOf(j)
          ? new Match(end, DATE, shift(dct, unit, 0), null) // "the end of the month": the DCT's
          : unit != Unit.YEAR || tokens.is(end, "before") || tokens.is(end, "after") ? null
          : tokens.is(end, "ended") || tokens.is(end, "ending") || tokens.is(end, "to") ? new Match(end, DURATION, Duration.of(1, unit), null)
          : new Match(end, DATE, new TimexValue.Year(dct.getYear()), null);
      default -> null;
    };
  }

  /**
   * Whether the word at {@code k} ties "the week" to something else that names it ("the week
   * before the vote", "the week of March 6", "the week ahead", "the week ended Friday", "the week
   * that followed"), so that it is not the week the story is at.
   */
  private boolean tiedToAnother(int k) {
    return switch (tokens.w(k)) {
      case "before", "after", "ahead", "of", "ended", "ending", "to", "that", "following", "when", "in", "-" -> true;
      default -> false;
    };
  }

  /** Whether "end of", "beginning of", "start of", "middle of" or "rest of" comes right before token {@code j}. */
  private boolean partOf(int j) {
    return tokens.is(j - 1, "of") && (tokens.is(j - 2, "end") || tokens.is(j - 2, "beginning") || tokens.is(j - 2, "start") || tokens.is(j - 2, "middle") || tokens.is(j - 2, "rest"));
  }

  private Match yearEnd(int j) {
    if (tokens.is(j + 1, "-") && tokens.joined(j + 1) && tokens.is(j + 2, "end") || tokens.is(j + 1, "end")) {
      int end = tokens.is(j + 1, "-") ? j + 3 : j + 2;
      return new Match(end, DATE, new TimexValue.Year(dct.getYear()), TimexMod.END);
    }
    if (tokens.possessive(j + 1) && tokens.is(j + 3, "end")) {
      return new Match(j + 4, DATE, new TimexValue.Year(dct.getYear()), TimexMod.END);
    }
    if (tokens.is(j + 1, "-") && (tokens.is(j + 2, "earlier") || tokens.is(j + 2, "ago")) && tokens.joined(j + 1)) {
      return yearEarlier(j, j);
    }
    return null;
  }

  /** "year-earlier", "the year-ago quarter": a year before the context.reference(), at its granularity. */
  private Match yearEarlier(int j, int yearTok) {
    int end = yearTok + 3;
    boolean noun = tokens.is(end, "period") || tokens.is(end, "quarter") || tokens.is(end, "level");
    if (j != yearTok) {
      if (!noun) {
        return namedPartYearEarlier(end);
      }
      end++;
    }
    TimexValue ref = context.storyQuarter() != null ? context.storyQuarter() : context.reference();
    TimexValue v;
    if (ref instanceof YearPart yp) {
      v = new YearPart(yp.year() - 1, yp.segment());
    } else if (ref instanceof TimexValue.Month m) {
      v = new TimexValue.Month(m.month().minusYears(1));
    } else {
      v = new TimexValue.Year(dct.getYear() - 1);
    }
    return new Match(end, DATE, v, null);
  }

  /**
   * "the year-ago third quarter", "the year-earlier first half": the part named, of the year before
   * the story's (one expression: the part alone would be read as this year's).
   */
  private Match namedPartYearEarlier(int k) {
    Integer ordinal = Lexicon.ORDINALS.get(tokens.w(k));
    if (ordinal == null) {
      return null;
    }
    Segment part = tokens.is(k + 1, "quarter") && ordinal <= 4 ? Segment.values()[ordinal - 1]
        : tokens.is(k + 1, "half") && ordinal <= 2 ? (ordinal == 1 ? Segment.H1 : Segment.H2) : null;
    if (part == null) {
      return null;
    }
    int storyYear = context.storyQuarter() != null ? context.storyQuarter().year() : dct.getYear();
    return new Match(k + 2, DATE, new YearPart(storyYear - 1, part), null);
  }

  private Match weekendMatch(int j, int end, String q) {
    TimexValue.Week v = switch (q) {
      case "last", "past", "previous", "the past", "the last", "the previous" -> Calendar.weekend(dct, Tense.PAST);
      case "next", "coming", "the next", "the coming" -> Calendar.weekend(dct, Tense.FUTURE);
      case "the same", "that" -> Calendar.week(context.referenceDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), true);
      case "this" -> Calendar.weekend(dct, context.tense(j, end) == Tense.PAST ? Tense.PAST : Tense.FUTURE);
      case "the", "a" -> Calendar.weekend(dct, context.tense(j, end) == Tense.FUTURE ? Tense.FUTURE : Tense.PAST);
      default -> null;
    };
    return v == null ? null : new Match(end, DATE, v, null);
  }

  /** The period of {@code unit} that contains {@code d}, moved by {@code delta} units. */
  private static TimexValue shift(LocalDate d, Unit unit, int delta) {
    return switch (unit) {
      case DAY -> new Day(d.plusDays(delta));
      case WEEK -> Calendar.week(d.plusWeeks(delta), false);
      case MONTH -> new TimexValue.Month(YearMonth.from(d).plusMonths(delta));
      case YEAR -> new TimexValue.Year(d.getYear() + delta);
      case DECADE -> new TimexValue.Decade(d.getYear() / 10 + delta);
      case CENTURY -> new TimexValue.Century(d.getYear() / 100 + delta);
      case QUARTER -> Calendar.quarterFrom(d, delta);
      default -> new Day(d);
    };
  }
}
