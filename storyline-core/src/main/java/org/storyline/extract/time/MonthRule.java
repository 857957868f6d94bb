package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Set;
import org.storyline.extract.time.DateNumbers.YearAt;
import org.storyline.extract.time.Match.CueMaker;
import org.storyline.extract.time.TimexValue.Day;

/** Months and days of months: "Jan. 10", "January 10, 2022", "August 2020", "last November", "10 January", "the 10th of January". */
final class MonthRule {

  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "april", "june", "august");

  /**
   * Before an ambiguous month and a lower-case noun, a determiner makes the month a date used as an
   * adjective ("the March accession", "a June agreement"); with a capital or a preposition after it
   * it is a name ("the March on Washington").
   */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of",
      "during", "before", "after", "from", "to", "through", "between", "and", "or", "-", "around",
      "throughout", "for", "on", "into", "about", "past", "coming", "end", "beginning", "middle", "start");

  private final ScanTokens tokens;
  private final DateNumbers numbers;
  private final ScanContext context;
  private final LocalDate dct;

  MonthRule(ScanContext context) {
    this.tokens = context.tokens();
    this.numbers = context.numbers();
    this.context = context;
    this.dct = context.dct();
  }

  /** "Jan. 10", "January 10, 2022", "August 2020", "last November", "February". */
  Match month(int j, boolean explicitOnly) {
    int k = j;
    String q = null;
    if (!explicitOnly && (tokens.is(k, "last") || tokens.is(k, "next") || tokens.is(k, "this") || tokens.is(k, "coming"))) {
      q = tokens.w(k);
      k++;
    }
    Month m = numbers.monthAt(k);
    if (m == null) {
      return null;
    }
    int end = k + 1;
    int day = numbers.dayNumber(end);
    int year = -1;
    boolean yearGiven = false;
    if (day > 0) {
      end++;
    }
    YearAt ya = numbers.yearAt(tokens.is(end, ",") || (day < 0 && tokens.is(end, "of")) ? end + 1 : end);
    if (ya != null) {
      year = ya.year();
      end = ya.end();
      yearGiven = true;
    }
    if (explicitOnly && day < 0) {
      return null;
    }
    if (year < 0 && (tokens.is(end, "last") || tokens.is(end, "this") || tokens.is(end, "next")) && tokens.is(end + 1, "year")) {
      year = dct.getYear() + (tokens.is(end, "last") ? -1 : tokens.is(end, "next") ? 1 : 0);
      end += 2;
    }
    if (day < 0 && year < 0 && q == null && AMBIGUOUS_MONTHS.contains(tokens.w(k))) {
      Token next = tokens.tok(k + 1);
      boolean attributive = DETERMINERS.contains(tokens.w(j - 1)) && next != null && next.isWord() && !next.capitalized()
          && !MONTH_CONTEXT.contains(next.lower()); // "the March on Washington" is a name
      if (!attributive && (!MONTH_CONTEXT.contains(tokens.w(j - 1)) || (next != null && next.isWord() && next.capitalized()))) {
        return null;
      }
    }
    try {
      return new Match(end, DATE, monthValue(m, day, year, q, j, end), null, monthCue(m, day, yearGiven ? year : -1, q, j, end));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The dating cue of a month expression; null for one whose year is relative ("July last year"). */
  private CueMaker monthCue(Month m, int day, int year, String q, int from, int to) {
    Tense tense = q == null ? context.tense(from, to) : switch (q) {
      case "last" -> Tense.PAST;
      case "next", "coming" -> Tense.FUTURE;
      default -> context.tense(from, to);
    };
    if (year > 0) {
      return day > 0 ? (sp, tx, mod) -> new DatingCue.FullDate(sp, tx, tense, LocalDate.of(year, m, day))
          : (sp, tx, mod) -> new DatingCue.Year(sp, tx, tense, year, m, mod);
    }
    if (tokens.is(to - 1, "year")) {
      return null;
    }
    return day > 0 ? (sp, tx, mod) -> new DatingCue.MonthDay(sp, tx, tense, m, day)
        : (sp, tx, mod) -> new DatingCue.NamedMonth(sp, tx, tense, m);
  }

  private TimexValue monthValue(Month m, int day, int year, String q, int from, int to) {
    if (year > 0) {
      return day > 0 ? new Day(LocalDate.of(year, m, day)) : new TimexValue.Month(YearMonth.of(year, m));
    }
    Tense tense = q == null ? context.tense(from, to) : switch (q) {
      case "last" -> Tense.PAST;
      case "next", "coming" -> Tense.FUTURE;
      default -> Tense.PRESENT;
    };
    if (day > 0 && q == null && tokens.is(from - 1, "ended")) {
      return new Day(Calendar.monthDay(dct, m, day, Tense.PAST)); // "the fiscal year ended Jan. 31": over, however long ago
    }
    if (day > 0) {
      LocalDate d = Calendar.monthDay(dct, m, day, tense);
      return new Day(Math.abs(java.time.temporal.ChronoUnit.DAYS.between(dct, d)) > Calendar.MAX_TENSE_DAYS
          ? Calendar.monthDay(dct, m, day, Tense.PRESENT) : d);
    }
    YearMonth ym = q != null && q.equals("this") ? YearMonth.of(dct.getYear(), m)
        : q == null ? Calendar.cappedMonth(dct, m, tense) : Calendar.month(dct, m, tense);
    YearMonth current = YearMonth.from(dct);
    if (q != null && q.equals("last") && !ym.isBefore(current)) {
      ym = ym.minusYears(1);
    } else if (q != null && (q.equals("next") || q.equals("coming")) && !ym.isAfter(current)) {
      ym = ym.plusYears(1);
    }
    return new TimexValue.Month(ym);
  }

  /** "10 January 2022", "the 10th of January". */
  Match dayMonth(int j) {
    int k = tokens.is(j, "the") ? j + 1 : j;
    int day = numbers.dayNumber(k);
    if (day < 0) {
      return null;
    }
    int mk = tokens.is(k + 1, "of") ? k + 2 : k + 1;
    Month m = numbers.monthAt(mk);
    if (m == null || (k != j && mk == k + 1)) {
      return null;
    }
    int end = mk + 1;
    YearAt ya = numbers.yearAt(tokens.is(end, ",") ? end + 1 : end);
    int year = ya == null ? -1 : ya.year();
    if (ya != null) {
      end = ya.end();
    }
    try {
      return new Match(end, DATE, monthValue(m, day, year, null, j, end), null, monthCue(m, day, year, null, j, end));
    } catch (DateTimeException ex) {
      return null;
    }
  }
}
