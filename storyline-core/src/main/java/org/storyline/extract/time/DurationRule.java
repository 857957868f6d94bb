package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.DURATION;
import static org.storyline.extract.time.TimexType.SET;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Set;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.extract.time.TimexValue.Duration;
import org.storyline.extract.time.TimexValue.Ref;
import org.storyline.extract.time.TimexValue.Unit;
import org.storyline.extract.time.TimexValue.YearPart;

/** Lengths of time, and amounts of units counted back or on from a date: "three years", "the past two months", "for weeks", "two weeks ago", "a year earlier", "$5 a day". */
final class DurationRule {

  /** Qualifiers before an amount and a unit ("the past two weeks"). */
  static final Set<String> DURATION_QUALIFIERS = Set.of("past", "last", "next", "first", "coming", "recent", "previous", "following", "final");

  /** Words before a bare amount and unit that make it a duration ("for two weeks"). */
  private static final Set<String> BEFORE_DURATION = Set.of("for", "in", "within", "over", "after", "than", "took", "take", "lasted", "spent");

  /** Words between an amount and its unit ("two more weeks", "an additional year"). */
  private static final Set<String> MORE = Set.of("more", "additional", "extra", "further");

  /** Kinds of day between an amount and "days" that leave the length in days ("eight trading days"). */
  private static final Set<String> KINDS_OF_DAY = Set.of("trading", "business", "working", "calendar", "school");

  /** Words before "a"/"per" and a unit that make the phrase a set ("twice a year", "$5 a day"). */
  private static final Set<String> BEFORE_A_PER = Set.of("million", "billion", "percent", "%", "times", "twice", "dollars", "cents", "once", "thousand");

  private final ScanTokens tokens;
  private final ScanContext context;
  private final LocalDate dct;

  DurationRule(ScanContext context) {
    this.tokens = context.tokens();
    this.context = context;
    this.dct = context.dct();
  }

  /** The amount at token {@code k}: its value (-1 for "several"), and the token after it. */
  private int[] amount(int k) {
    Token t = tokens.tok(k);
    if (t == null) {
      return null;
    }
    if (t.isNumber()) {
      int v = t.intValue();
      if (v < 0 || v > 999) {
        return null;
      }
      if ((tokens.is(k + 1, "to") || tokens.is(k + 1, "or")) && tokens.tok(k + 2) != null && tokens.tok(k + 2).intValue() > v) {
        return new int[] {v, k + 3};
      }
      return new int[] {v, k + 1};
    }
    String s = t.lower();
    switch (s) {
      case "several", "few", "many", "numerous" -> {
        return new int[] {-1, k + 1};
      }
      case "couple" -> {
        return tokens.is(k + 1, "of") && tokens.is(k - 1, "next") || tokens.is(k - 1, "past") || tokens.is(k - 1, "last") ? new int[] {2, k + 2} : null;
      }
      case "a" -> {
        if (tokens.is(k + 1, "few")) {
          return new int[] {-1, k + 2};
        }
        if (tokens.is(k + 1, "couple") && tokens.is(k + 2, "of")) {
          return new int[] {2, k + 3};
        }
        if (tokens.is(k + 1, "dozen")) {
          return new int[] {12, k + 2};
        }
        if (tokens.is(k + 1, "hundred")) {
          return new int[] {100, k + 2};
        }
        return new int[] {1, k + 1};
      }
      default -> { }
    }
    Integer v = Lexicon.NUMBERS.get(s);
    if (v == null || s.equals("dozen")) {
      return null;
    }
    int next = k + 1;
    if (v >= 20 && v < 100) {
      int m = tokens.is(next, "-") && tokens.joined(next) ? next + 1 : next;
      Integer u = Lexicon.NUMBERS.get(tokens.w(m));
      if (u != null && u > 0 && u < 10 && !tokens.w(m).equals("a")) {
        return new int[] {v + u, m + 1};
      }
    }
    if ((tokens.is(next, "to") || tokens.is(next, "or")) && Lexicon.NUMBERS.containsKey(tokens.w(next + 1)) && !tokens.is(next + 1, "a")) {
      return new int[] {v, next + 2};
    }
    return new int[] {v, next};
  }

  /** "three years", "the past two months", "a two-year", "for weeks", "recent days", "two weeks ago". */
  Match duration(int j) {
    if (ReferenceRule.someDay(tokens, j)) {
      return null;
    }
    int k = j;
    boolean the = tokens.is(k, "the");
    if (the) {
      k++;
    }
    String qual = null;
    if (DURATION_QUALIFIERS.contains(tokens.w(k))) {
      qual = tokens.w(k);
      k++;
    }
    int[] a = amount(k);
    Unit unit;
    int end;
    boolean compound = false;
    boolean half = false;
    if (a == null || (the && (tokens.w(k).equals("a") || tokens.w(k).equals("an")))) {
      unit = Lexicon.PLURAL_UNITS.get(tokens.w(k));
      if (unit == null) {
        return null;
      }
      if (tokens.is(k + 1, "-") && tokens.is(k + 2, "long") && tokens.joined(k + 1) && tokens.joined(k + 2)) {
        return the ? null : new Match(k + 3, DURATION, Duration.some(unit), null); // "a decades-long feud"; not "the"
      }
      if (the && qual == null && tokens.is(k + 1, "ahead")) {
        return new Match(k + 2, DURATION, Duration.some(unit), null); // "the weeks ahead"
      }
      if (!the && qual == null) {
        String prev = tokens.w(j - 1);
        boolean ctx = BEFORE_DURATION.contains(prev)
            || tokens.is(k + 1, "of") || tokens.is(k + 1, "ago") || tokens.is(k + 1, "later") || tokens.is(k + 1, "earlier")
            || (prev.equals("the") && aroundAnEvent(k + 1)); // "in the weeks before the shooting": the unit alone, as TimeBank marks it
        if (!ctx) {
          return null;
        }
      } else if (qual == null) {
        return null;
      }
      a = new int[] {-1, k};
      end = k + 1;
      if ("recent".equals(qual) && unit == Unit.YEAR && !the) {
        return new Match(end, DATE, Ref.PAST_REF, null);
      }
    } else {
      int u = a[1];
      if (MORE.contains(tokens.w(u)) && (Lexicon.UNITS.containsKey(tokens.w(u + 1))
          || Lexicon.PLURAL_UNITS.containsKey(tokens.w(u + 1)))) {
        u++; // "two more weeks", "an additional year"
      }
      if (KINDS_OF_DAY.contains(tokens.w(u)) && (tokens.is(u + 1, "days") || tokens.is(u + 1, "day"))) {
        u++; // "eight trading days": still P8D
      }
      if (tokens.is(u, "1/2") || (tokens.is(u, "and") && tokens.is(u + 1, "a") && tokens.is(u + 2, "half"))) {
        half = true; // "2 1/2 years", "two and a half hours"
        u += tokens.is(u, "1/2") ? 1 : 3;
      }
      if (tokens.is(u, "-") && tokens.joined(u)) {
        compound = true;
        u++;
      }
      unit = Lexicon.UNITS.get(tokens.w(u));
      if (unit == null && !compound) {
        unit = Lexicon.PLURAL_UNITS.get(tokens.w(u));
      }
      if (unit == null || (compound && !tokens.joined(u)) || (tokens.tok(u).capitalized() && tokens.tok(u - 1) != null && !tokens.tok(u - 1).capitalized())
          || (unit == Unit.SECOND && a[0] == 1 && !tokens.w(k).equals("one"))) {
        return null;
      }
      end = u + 1;
    }
    if (tokens.is(end, "old") || (tokens.is(end, "-") && tokens.joined(end) && tokens.tok(end + 1) != null && tokens.tok(end + 1).isWord() && tokens.joined(end + 1))) {
      return null; // "five years old", "a year-earlier loss", "a 5-year-old"
    }
    if (unit == Unit.QUARTER && ((a[0] == 1 && tokens.is(end, "of")) || (tokens.is(j - 1, "-") && tokens.joined(j)))) {
      return null; // "a quarter of the market", "three-quarters of its food"
    }
    if (!half && a[0] > 0 && tokens.is(end, "and") && tokens.is(end + 1, "a") && tokens.is(end + 2, "half")) {
      half = true; // "a minute and a half"
      end += 3;
    }
    Duration d = a[0] < 0 ? Duration.some(unit) : length(a[0], unit);
    if (half && a[0] >= 0 && halfDuration(a[0], unit) != null && !tokens.is(end, "ago") && !tokens.is(end, "earlier") && !tokens.is(end, "later")) {
      return new Match(end, DURATION, halfDuration(a[0], unit), null);
    }
    if (a[0] > 0 && !the && tokens.is(end, "or") && tokens.is(end + 1, "so")) {
      return qual == null && tokens.is(end + 2, "ago")
          ? new Match(end + 3, DATE, ago(unit, a[0]), TimexMod.APPROX) // "a week or so ago": a date, roughly
          : new Match(end + 2, DURATION, d, TimexMod.APPROX); // "a week or so"
    }
    if (!the && qual == null && tokens.is(end, "ago")) {
      YearPart q = context.storyQuarter();
      if (unit == Unit.YEAR && a[0] > 0 && q != null) {
        return new Match(end + 1, DATE, new YearPart(q.year() - a[0], q.segment()), null);
      }
      return new Match(end + 1, DATE, ago(unit, a[0]), null);
    }
    if (!the && qual == null && (tokens.is(end, "earlier") || tokens.is(end, "later")) && a[0] > 0) {
      int sign = tokens.is(end, "earlier") ? -1 : 1;
      LocalDate ref = context.referenceDate();
      YearPart q = context.storyQuarter() != null ? context.storyQuarter() : context.reference() instanceof YearPart yp ? yp : null;
      TimexValue v = unit == Unit.YEAR && q != null
          ? new YearPart(q.year() + sign * a[0], q.segment())
          : shiftBy(ref, unit, sign * a[0]);
      return v == null ? null : new Match(end + 1, DATE, v, null);
    }
    if (a[0] == 1 && !the && qual == null && (tokens.w(k).equals("a") || tokens.w(k).equals("per"))) {
      Token prev = tokens.tok(j - 1);
      String pw = tokens.w(j - 1);
      if (prev != null && (prev.isNumber() || BEFORE_A_PER.contains(pw))) {
        return new Match(end, SET, d, null);
      }
    }
    return new Match(end, DURATION, d, null);
  }

  /** Whether "before", "after", "following" or "that followed" at token {@code k} ties a period to an event. */
  private boolean aroundAnEvent(int k) {
    return tokens.is(k, "before") || tokens.is(k, "after") || tokens.is(k, "following") || (tokens.is(k, "that") && tokens.is(k + 1, "followed"));
  }

  /**
   * A length of {@code amount} units; decades and centuries in years ("two decades" is
   * {@code P20Y}), as the TimeBank and AQUAINT annotators write them.
   */
  static Duration length(int amount, Unit unit) {
    return switch (unit) {
      case DECADE -> Duration.of(10 * amount, Unit.YEAR);
      case CENTURY -> Duration.of(100 * amount, Unit.YEAR);
      default -> Duration.of(amount, unit);
    };
  }

  /**
   * {@code amount} and a half units as TimeML writes it, in the next smaller unit: "2 1/2 years"
   * is {@code P2Y6M}, "an hour and a half" {@code PT1H30M}; null for units without an exact half.
   */
  private static TimexValue halfDuration(int amount, Unit unit) {
    String v = switch (unit) {
      case YEAR -> amount == 0 ? "P6M" : "P" + amount + "Y6M";
      case DAY -> amount == 0 ? "PT12H" : "P" + amount + "DT12H";
      case HOUR -> amount == 0 ? "PT30M" : "PT" + amount + "H30M";
      case MINUTE -> amount == 0 ? "PT30S" : "PT" + amount + "M30S";
      case DECADE -> "P" + (amount * 10 + 5) + "Y";
      default -> null;
    };
    return v == null ? null : new TimexValue.Other(v);
  }

  private TimexValue ago(Unit unit, int amount) {
    if (amount < 0) {
      return Ref.PAST_REF;
    }
    return shiftBy(dct, unit, -amount);
  }

  private static TimexValue shiftBy(LocalDate d, Unit unit, int amount) {
    return switch (unit) {
      case DAY -> new Day(d.plusDays(amount));
      case WEEK -> Calendar.week(d.plusWeeks(amount), false);
      case MONTH -> new TimexValue.Month(YearMonth.from(d).plusMonths(amount));
      case YEAR -> new TimexValue.Year(d.getYear() + amount);
      case DECADE -> new TimexValue.Decade((d.getYear() + 10 * amount) / 10);
      case CENTURY -> new TimexValue.Century((d.getYear() + 100 * amount) / 100);
      case QUARTER -> Calendar.quarterFrom(d, amount);
      default -> new Day(d);
    };
  }
}
