package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;
import static org.storyline.extract.time.TimexType.DURATION;
import static org.storyline.extract.time.TimexType.SET;
import static org.storyline.extract.time.TimexType.TIME;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.extract.time.TimexValue.Day;
import org.storyline.extract.time.TimexValue.DayPart;
import org.storyline.extract.time.TimexValue.Duration;
import org.storyline.extract.time.TimexValue.PartOfDay;
import org.storyline.extract.time.TimexValue.Ref;
import org.storyline.extract.time.TimexValue.Segment;
import org.storyline.extract.time.TimexValue.Unit;
import org.storyline.extract.time.TimexValue.YearPart;
import org.storyline.model.Span;

/**
 * One tagging run of {@link RuleTimeTagger} over one text: the tokens, the tense cues, the last
 * date mentioned (the reference for "that same week", "a year earlier") and the grammar.
 *
 * <p>The grammar is a set of rules tried at each token; each rule reads tokens forward from its
 * start and returns the longest {@link Match} it can make, or null. The longest match over all
 * rules (and over the optional modifier before them: "early", "more than") wins, and scanning
 * resumes after it, so the result is sorted and non-overlapping by construction.
 */
final class Scan {

  /** A rule's result: tokens up to {@code end} (exclusive), with type, value and modifier. */
  record Match(int end, TimexType type, TimexValue value, TimexMod mod, CueMaker cue) {
    Match(int end, TimexType type, TimexValue value, TimexMod mod) {
      this(end, type, value, mod, null);
    }

    Match withMod(TimexMod m) {
      return new Match(end, type, value, m, cue);
    }

    Match withCue(CueMaker c) {
      return new Match(end, type, value, mod, c);
    }
  }

  /** Makes the {@link DatingCue} of a match once its span, text and modifier are known. */
  interface CueMaker {
    DatingCue make(Span span, String text, TimexMod mod);
  }

  /** A modifier before an expression, and the token where the expression starts. */
  private record Prefix(TimexMod mod, int next, boolean quantity, boolean durationOnly) {}

  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "april", "june", "august");
  private static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of",
      "during", "before", "after", "from", "to", "through", "between", "and", "or", "-", "around",
      "throughout", "for", "on", "into", "about", "past", "coming", "end", "beginning", "middle", "start");
  private static final Set<String> COUNT_NOUNS = Set.of(
      "people", "troops", "men", "women", "soldiers", "times", "members", "workers", "students", "votes",
      "cases", "deaths", "jobs", "units", "homes", "cars", "shares", "points", "miles", "feet", "meters");

  // Word sets of the rules, made once: a set made inside a rule was made again at every token tried.
  /** Words before "two thousand" that make it a year. */
  private static final Set<String> BEFORE_YEAR = Set.of("in", "by", "since", "until", "till", "of");
  /** Words that qualify a quarter ("the latest quarter"). */
  private static final Set<String> QUARTER_QUALIFIERS = Set.of("latest", "last", "current", "this", "next", "previous", "past", "recent", "same", "fiscal", "that");
  /** Qualifiers of a unit after "the" ("the past week"). */
  private static final Set<String> AFTER_THE = Set.of("past", "last", "next", "coming", "previous", "following", "current", "same");
  /** Qualifiers of "month" that name one near the DCT ("this month", "the current month"). */
  private static final Set<String> NEAR_MONTH = Set.of("this", "current", "the current", "last", "previous", "next", "coming");
  /** Qualifiers before an amount and a unit ("the past two weeks"). */
  private static final Set<String> DURATION_QUALIFIERS = Set.of("past", "last", "next", "first", "coming", "recent", "previous", "following", "final");
  /** Words before a bare amount and unit that make it a duration ("for two weeks"). */
  private static final Set<String> BEFORE_DURATION = Set.of("for", "in", "within", "over", "after", "than", "took", "take", "lasted", "spent");
  /** Words between an amount and its unit ("two more weeks", "an additional year"). */
  private static final Set<String> MORE = Set.of("more", "additional", "extra", "further");
  /** Kinds of day between an amount and "days" that leave the length in days ("eight trading days"). */
  private static final Set<String> KINDS_OF_DAY = Set.of("trading", "business", "working", "calendar", "school");
  /** Words before "a"/"per" and a unit that make the phrase a set ("twice a year", "$5 a day"). */
  private static final Set<String> BEFORE_A_PER = Set.of("million", "billion", "percent", "%", "times", "twice", "dollars", "cents", "once", "thousand");

  private final String text;
  private final LocalDate dct;
  private final List<Token> tokens;
  private final int n;
  private final TenseDetector tenses;
  private TimexValue reference;
  /**
   * The last quarter named ("the third quarter", "the latest quarter"): in an earnings report,
   * "a year ago" and "the year-earlier period" mean that quarter a year before.
   */
  private YearPart quarter;
  private final List<DatingCue> cues = new ArrayList<>();

  Scan(String text, LocalDate dct) {
    this.text = text;
    this.dct = dct;
    this.tokens = Tokenizer.tokenize(text);
    this.n = tokens.size();
    this.tenses = new TenseDetector(tokens);
  }

  List<Timex> run() {
    List<Timex> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Match m = tokens.get(i).kind() == Token.Kind.PUNCT && !w(i).equals("'") ? null : matchAt(i);
      if (m == null) {
        i++;
        continue;
      }
      Span span = Span.of(tokens.get(i).start(), tokens.get(m.end() - 1).end());
      out.add(new Timex(span, m.type(), m.value(), m.mod(), span.of(text)));
      if (m.cue() != null) {
        cues.add(m.cue().make(span, span.of(text), m.mod()));
      }
      if ((m.type() == DATE || m.type() == TIME) && Calendar.anchorOf(m.value()) != null && !backwards(i, m.end())) {
        reference = m.value();
        if (m.value() instanceof YearPart yp && yp.segment().name().startsWith("Q") && Calendar.anchorOf(yp).plusMonths(3).isBefore(dct.plusDays(1))
            && (quarter == null || yp.year() * 4 + yp.segment().ordinal() >= quarter.year() * 4 + quarter.segment().ordinal())) {
          quarter = yp; // a quarter over by the DCT, and only forward: "the 1988 period" is compared with the story's quarter
        }
      }
      i = m.end();
      Match second = m.type() == DATE && m.value() instanceof Day d ? secondDay(i, d.date()) : null;
      if (second != null) { // "April 24 and 25": the 25th is a date of its own
        Span at = Span.of(tokens.get(second.end() - 1).start(), tokens.get(second.end() - 1).end());
        out.add(new Timex(at, DATE, second.value(), null, at.of(text)));
        i = second.end();
      }
    }
    return out;
  }

  /** Words that join two days of one month: "April 24 and 25", "March 3-5", "May 6 to 8". */
  private static final Set<String> DAY_JOINERS = Set.of("and", "or", "to", "through", "-", "\u2013");

  /**
   * The day after a joiner at token {@code k} that shares the month of {@code first} ("April 24
   * and 25"), or null: a later day of that month that no unit, hour or other number follows.
   */
  private Match secondDay(int k, LocalDate first) {
    int day = DAY_JOINERS.contains(w(k)) ? dayNumber(k + 1) : -1;
    Token next = tok(k + 2);
    if (day <= first.getDayOfMonth() || day > first.lengthOfMonth()
        || (next != null && (next.isNumber() || Lexicon.UNITS.containsKey(next.lower()) || Lexicon.PLURAL_UNITS.containsKey(next.lower())
            || Lexicon.AMPM.contains(next.lower()) || COUNT_NOUNS.contains(next.lower()) || is(k + 2, "%")))) {
      return null;
    }
    return new Match(k + 2, DATE, new Day(first.withDayOfMonth(day)), null);
  }

  /**
   * Whether tokens {@code [from, to)} look back from another time ("a year ago", "a year earlier",
   * "year-earlier"): such an expression does not become the reference, so that the next "a year
   * earlier" still counts from the period the story is about.
   */
  private boolean backwards(int from, int to) {
    for (int k = from; k < to; k++) {
      if (is(k, "ago") || is(k, "earlier")) {
        return true;
      }
    }
    return false;
  }

  /** The quarter the story is about, if one was named and it is not long before the DCT. */
  private YearPart storyQuarter() {
    return quarter != null && quarter.year() >= dct.getYear() - 1 ? quarter : null;
  }

  /** The dating cues of the expressions {@link #run()} found, in text order. */
  List<DatingCue> cues() {
    return List.copyOf(cues);
  }

  private Match matchAt(int i) {
    Match best = core(i);
    for (Prefix p : prefixes(i)) {
      Match c = core(p.next());
      if (c == null || c.value() instanceof Ref) {
        continue;
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

  private List<Prefix> prefixes(int i) {
    List<Prefix> out = new ArrayList<>(2);
    int k = i;
    if (w(k).equals("the")) {
      k++;
    }
    switch (w(k)) {
      case "early" -> out.add(new Prefix(TimexMod.START, k + 1, false, false));
      case "late" -> out.add(new Prefix(TimexMod.END, k + 1, false, false));
      case "mid" -> out.add(new Prefix(TimexMod.MID, is(k + 1, "-") ? k + 2 : k + 1, false, false));
      case "end", "close" -> {
        if (is(k + 1, "of")) {
          out.add(new Prefix(TimexMod.END, k + 2, false, false));
        }
      }
      case "beginning", "start" -> {
        if (is(k + 1, "of")) {
          out.add(new Prefix(TimexMod.START, k + 2, false, false));
        }
      }
      case "middle" -> {
        if (is(k + 1, "of")) {
          out.add(new Prefix(TimexMod.MID, k + 2, false, false));
        }
      }
      default -> { }
    }
    if (k != i) {
      return out;
    }
    switch (w(i)) {
      case "earlier" -> out.add(new Prefix(TimexMod.START, i + 1, false, false));
      case "later" -> out.add(new Prefix(TimexMod.END, i + 1, false, false));
      case "about", "around", "approximately", "roughly" -> out.add(new Prefix(TimexMod.APPROX, i + 1, true, false));
      case "nearly", "almost" -> out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 1, true, false));
      case "over" -> {
        if (!is(i + 1, "the")) {
          out.add(new Prefix(TimexMod.MORE_THAN, i + 1, true, true));
        }
      }
      case "within" -> {
        if (!is(i + 1, "the")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 1, true, true));
        }
      }
      case "more", "less" -> {
        if (is(i + 1, "than")) {
          out.add(new Prefix(w(i).equals("more") ? TimexMod.MORE_THAN : TimexMod.LESS_THAN, i + 2, true, false));
        }
      }
      case "at" -> {
        if (is(i + 1, "least")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_MORE, i + 2, true, false));
        } else if (is(i + 1, "most")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 2, true, true));
        }
      }
      case "up" -> {
        if (is(i + 1, "to")) {
          out.add(new Prefix(TimexMod.EQUAL_OR_LESS, i + 2, true, true));
        }
      }
      default -> { }
    }
    return out;
  }

  private Match core(int j) {
    if (j >= n) {
      return null;
    }
    Match best = null;
    best = longer(best, weekday(j));
    best = longer(best, month(j, false));
    best = longer(best, dayMonth(j));
    best = longer(best, year(j));
    best = longer(best, season(j));
    best = longer(best, quarter(j));
    best = longer(best, relativeDay(j));
    best = longer(best, relativeUnit(j));
    best = longer(best, duration(j));
    best = longer(best, clock(j));
    best = longer(best, reference(j));
    best = longer(best, set(j));
    best = longer(best, holiday(j));
    best = longer(best, weekOf(j));
    best = longer(best, midPart(j));
    return best;
  }

  private static Match longer(Match a, Match b) {
    return b != null && (a == null || b.end() > a.end()) ? b : a;
  }

  // ---- token access

  private String w(int k) {
    return k >= 0 && k < n ? tokens.get(k).lower() : "";
  }

  private Token tok(int k) {
    return k >= 0 && k < n ? tokens.get(k) : null;
  }

  private boolean is(int k, String lower) {
    return w(k).equals(lower);
  }

  /** Whether tokens {@code k} and {@code k + 1} are a possessive "'s" (the tokenizer splits it). */
  private boolean possessive(int k) {
    return (is(k, "'") || is(k, "\u2019")) && is(k + 1, "s") && joined(k) && joined(k + 1);
  }

  /** Whether token {@code k} follows the one before it without whitespace. */
  private boolean joined(int k) {
    return k < n && !tokens.get(k).spaceBefore();
  }

  private Tense tense(int from, int to) {
    return tenses.tenseAround(from, Math.min(to, n));
  }

  /**
   * The tense for a weekday: a sentence without cues takes the story's tense (news mostly tells
   * the past), a present-tense one ("meet Monday") the nearest day.
   */
  private Tense weekdayTense(int from, int to) {
    if (!tenses.hasCues(from, Math.min(to, n))) {
      return tenses.documentTense();
    }
    return tense(from, to);
  }

  // ---- rules

  private Match weekday(int j) {
    int k = j;
    String q = null;
    if (is(k, "the") && (is(k + 1, "previous") || is(k + 1, "preceding") || is(k + 1, "following"))) {
      Token t = tok(k + 2);
      DayOfWeek dow = t == null ? null : Lexicon.WEEKDAYS.get(t.lower());
      if (dow == null || !t.capitalized()) {
        return null;
      }
      LocalDate ref = referenceDate();
      LocalDate date = is(k + 1, "following") ? Calendar.nextWeekday(ref, dow) : Calendar.lastWeekday(ref, dow);
      return new Match(k + 3, DATE, new Day(date), null);
    }
    if (is(k, "last") || is(k, "next") || is(k, "this") || is(k, "coming")) {
      q = w(k);
      k++;
      if (q.equals("this") && is(k, "past")) {
        q = "last";
        k++;
      }
    }
    Token t = tok(k);
    DayOfWeek dow = t == null ? null : Lexicon.WEEKDAYS.get(t.lower());
    if (dow == null || !t.capitalized()) {
      return null;
    }
    int end = k + 1;
    Token after = tok(end);
    if (after != null && after.capitalized() && Lexicon.WEEKDAY_NAME_PARTS.contains(after.lower())) {
      return null;
    }
    if (is(end, "night") && is(end + 1, "live")) {
      return null;
    }
    int e = is(end, ",") ? end + 1 : end;
    Match explicit = month(e, true);
    if (explicit != null) {
      return new Match(explicit.end(), DATE, explicit.value(), null, explicit.cue());
    }
    int shift = "last".equals(q) ? -1 : "next".equals(q) || "coming".equals(q) ? 1 : 0;
    Tense tense = "this".equals(q) ? (tense(j, end) == Tense.PAST ? Tense.PAST : Tense.FUTURE)
        : q == null && possessive(end) && tense(j, end) != Tense.FUTURE ? Tense.PAST // "Friday's close": news of what happened
        : weekdayTense(j, end);
    LocalDate date = switch (shift) {
      case -1 -> Calendar.lastWeekday(dct, dow);
      case 1 -> Calendar.nextWeekday(dct, dow);
      default -> Calendar.weekday(dct, dow, tense);
    };
    CueMaker cue = (sp, tx, mod) -> new DatingCue.Weekday(sp, tx, tense, dow, shift);
    PartOfDay part = Lexicon.PARTS_OF_DAY.get(w(end));
    if (part != null) {
      return new Match(end + 1, TIME, new DayPart(date, part), null, cue);
    }
    return new Match(end, DATE, new Day(date), null, cue);
  }

  private Month monthAt(int k) {
    Token t = tok(k);
    if (t == null || !t.isWord() || !t.capitalized()) {
      return null;
    }
    Month m = Lexicon.MONTHS.get(t.lower());
    if (m == null && (t.text().endsWith(".") || dayNumber(k + 1) > 0)) {
      m = Lexicon.MONTH_ABBREVIATIONS.get(t.lower());
    }
    return m;
  }

  /** "Jan. 10", "January 10, 2022", "August 2020", "last November", "February". */
  private Match month(int j, boolean explicitOnly) {
    int k = j;
    String q = null;
    if (!explicitOnly && (is(k, "last") || is(k, "next") || is(k, "this") || is(k, "coming"))) {
      q = w(k);
      k++;
    }
    Month m = monthAt(k);
    if (m == null) {
      return null;
    }
    int end = k + 1;
    int day = dayNumber(end);
    int year = -1;
    boolean yearGiven = false;
    if (day > 0) {
      end++;
    }
    YearAt ya = yearAt(is(end, ",") || (day < 0 && is(end, "of")) ? end + 1 : end);
    if (ya != null) {
      year = ya.year();
      end = ya.end();
      yearGiven = true;
    }
    if (explicitOnly && day < 0) {
      return null;
    }
    if (year < 0 && (is(end, "last") || is(end, "this") || is(end, "next")) && is(end + 1, "year")) {
      year = dct.getYear() + (is(end, "last") ? -1 : is(end, "next") ? 1 : 0);
      end += 2;
    }
    if (day < 0 && year < 0 && q == null && AMBIGUOUS_MONTHS.contains(w(k))) {
      Token next = tok(k + 1);
      if (!MONTH_CONTEXT.contains(w(j - 1)) || (next != null && next.isWord() && next.capitalized())) {
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
    Tense tense = q == null ? tense(from, to) : switch (q) {
      case "last" -> Tense.PAST;
      case "next", "coming" -> Tense.FUTURE;
      default -> tense(from, to);
    };
    if (year > 0) {
      return day > 0 ? (sp, tx, mod) -> new DatingCue.FullDate(sp, tx, tense, LocalDate.of(year, m, day))
          : (sp, tx, mod) -> new DatingCue.Year(sp, tx, tense, year, m, mod);
    }
    if (is(to - 1, "year")) {
      return null;
    }
    return day > 0 ? (sp, tx, mod) -> new DatingCue.MonthDay(sp, tx, tense, m, day)
        : (sp, tx, mod) -> new DatingCue.NamedMonth(sp, tx, tense, m);
  }

  private TimexValue monthValue(Month m, int day, int year, String q, int from, int to) {
    if (year > 0) {
      return day > 0 ? new Day(LocalDate.of(year, m, day)) : new TimexValue.Month(YearMonth.of(year, m));
    }
    Tense tense = q == null ? tense(from, to) : switch (q) {
      case "last" -> Tense.PAST;
      case "next", "coming" -> Tense.FUTURE;
      default -> Tense.PRESENT;
    };
    if (day > 0 && q == null && is(from - 1, "ended")) {
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
  private Match dayMonth(int j) {
    int k = is(j, "the") ? j + 1 : j;
    int day = dayNumber(k);
    if (day < 0) {
      return null;
    }
    int mk = is(k + 1, "of") ? k + 2 : k + 1;
    Month m = monthAt(mk);
    if (m == null || (k != j && mk == k + 1)) {
      return null;
    }
    int end = mk + 1;
    YearAt ya = yearAt(is(end, ",") ? end + 1 : end);
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

  /** A day of the month: "10", "10th", "1st"; -1 when token {@code k} is not one. */
  private int dayNumber(int k) {
    Token t = tok(k);
    if (t == null || !t.isNumber()) {
      return -1;
    }
    String s = t.lower();
    if (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int v = Integer.parseInt(s);
    if (v < 1 || v > 31 || is(k + 1, "%") || is(k + 1, "percent")) {
      return -1;
    }
    return v;
  }

  private static final java.util.Map<String, Integer> DECADE_WORDS = java.util.Map.of(
      "twenties", 2, "thirties", 3, "forties", 4, "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

  /** An ordinal at token {@code k}, "20th" or "third"; -1 if none. */
  private int ordinalNumber(int k) {
    Integer word = Lexicon.ORDINALS.get(w(k));
    if (word != null) {
      return word;
    }
    String s = w(k);
    if (tok(k) == null || !tok(k).isNumber() || s.length() < 3 || !(s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
      return -1;
    }
    String digits = s.substring(0, s.length() - 2);
    return digits.length() <= 2 && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
  }

  /** A year at a token and the token after it. */
  private record YearAt(int year, int end) {}

  /** A year written in digits ("1994") or in words ("nineteen ninety-four") at token {@code k}, or null. */
  private YearAt yearAt(int k) {
    int y = yearNumber(k);
    return y > 0 ? new YearAt(y, k + 1) : spelledYear(k);
  }

  /**
   * A year in words, as broadcast transcripts write them: "nineteen ninety-four", "nineteen
   * eighty", "nineteen hundred", "two thousand", "two thousand and one"; null if none starts at
   * {@code k}. "Two thousand" alone is a year only after "the year" or a preposition, since it is
   * more often a count.
   */
  private YearAt spelledYear(int k) {
    if (is(k, "nineteen") || is(k, "eighteen")) {
      int century = is(k, "nineteen") ? 1900 : 1800;
      if (is(k + 1, "hundred")) {
        return new YearAt(century, k + 2);
      }
      Integer tens = Lexicon.NUMBERS.get(w(k + 1));
      if (tens == null || tens < 20 || tens % 10 != 0 || tens > 90) {
        return null;
      }
      int m = is(k + 2, "-") && joined(k + 2) ? k + 3 : k + 2;
      Integer unit = Lexicon.NUMBERS.get(w(m));
      if (unit != null && unit >= 1 && unit <= 9 && !w(m).equals("a") && !w(m).equals("an")) {
        return new YearAt(century + tens + unit, m + 1);
      }
      return new YearAt(century + tens, k + 2);
    }
    if (is(k, "two") && is(k + 1, "thousand")) {
      String prev = w(k - 1);
      if (!(prev.equals("year") || BEFORE_YEAR.contains(prev))) {
        return null;
      }
      int m = is(k + 2, "and") ? k + 3 : k + 2;
      Integer unit = Lexicon.NUMBERS.get(w(m));
      if (unit != null && unit >= 1 && unit <= 19 && !w(m).equals("a") && !w(m).equals("an")) {
        return new YearAt(2000 + unit, m + 1);
      }
      Token after = tok(k + 2);
      return prev.equals("year") || after == null || !after.isWord() || after.capitalized() ? new YearAt(2000, k + 2) : null;
    }
    return null;
  }

  /** A four-digit year in 1000..2099, or -1. */
  private int yearNumber(int k) {
    Token t = tok(k);
    if (t == null || !t.isNumber() || t.text().length() != 4) {
      return -1;
    }
    int v = t.intValue();
    return v >= 1000 && v <= 2099 ? v : -1;
  }

  /** "1997", "in 2014", "fiscal 1989", "the 1990s", "'90s", "2021-12-07", "12/7/2021". */
  private Match year(int j) {
    int k = j;
    boolean fiscal = false;
    if (is(k, "fiscal")) {
      fiscal = true;
      k++;
      if (is(k, "year")) {
        k++;
      }
    }
    boolean the = !fiscal && is(k, "the");
    if (the) {
      k++;
    }
    if (the && is(k, "year") && yearAt(k + 1) != null) {
      YearAt ya = yearAt(k + 1); // "the year two thousand", "the year 2000"
      return new Match(ya.end(), DATE, new TimexValue.Year(ya.year()), null);
    }
    Integer decade = the ? DECADE_WORDS.get(w(k)) : null;
    if (decade != null) {
      return new Match(k + 1, DATE, new TimexValue.Decade(190 + decade), null); // "the nineties"
    }
    int century = ordinalNumber(k);
    if (century >= 1 && century <= 21 && is(k + 1, "century")) {
      return new Match(k + 2, DATE, new TimexValue.Century(century - 1), null); // "the 20th century"
    }
    YearAt spelled = the ? null : spelledYear(k);
    if (spelled != null) {
      int y = spelled.year();
      Tense tense = tense(j, spelled.end());
      return new Match(spelled.end(), DATE, new TimexValue.Year(y), null, (sp, tx, mod) -> new DatingCue.Year(sp, tx, tense, y, null, mod));
    }
    Token t = tok(k);
    if (t == null) {
      return null;
    }
    if (!the && !fiscal && (is(k, "pre") || is(k, "post")) && is(k + 1, "-") && joined(k + 1) && joined(k + 2)
        && yearNumber(k + 2) >= 1000) {
      return new Match(k + 3, DATE, new TimexValue.Year(yearNumber(k + 2)), is(k, "pre") ? TimexMod.BEFORE : TimexMod.AFTER);
    }
    if (t.kind() == Token.Kind.PUNCT && (t.text().equals("'") || t.text().equals("\u2019"))) {
      Token d = tok(k + 1);
      if (d != null && joined(k + 1) && d.lower().matches("\\d0s")) {
        return new Match(k + 2, DATE, new TimexValue.Decade(190 + (d.lower().charAt(0) - '0')), null);
      }
      return null;
    }
    if (!t.isNumber()) {
      return null;
    }
    String s = t.lower();
    if (s.length() == 5 && s.endsWith("0s") && s.chars().limit(4).allMatch(Character::isDigit)) {
      return new Match(k + 1, DATE, new TimexValue.Decade(Integer.parseInt(s.substring(0, 3))), null);
    }
    if (s.indexOf('/') > 0) {
      return the || fiscal ? null : slashDate(k, s);
    }
    int y = yearNumber(k);
    if (y < 0 || the || !yearContext(k, y, fiscal)) {
      return null;
    }
    if (joined(k + 1) && is(k + 1, "-") && joined(k + 2) && joined(k + 3) && is(k + 3, "-") && joined(k + 4)) {
      int mo = tok(k + 2) == null ? -1 : tok(k + 2).intValue();
      int d = tok(k + 4) == null ? -1 : tok(k + 4).intValue();
      if (tok(k + 2).text().length() == 2 && tok(k + 4).text().length() == 2) {
        try {
          LocalDate iso = LocalDate.of(y, mo, d);
          Tense tense = tense(j, k + 5);
          return new Match(k + 5, DATE, new Day(iso), null, (sp, tx, mod) -> new DatingCue.FullDate(sp, tx, tense, iso));
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    Tense tense = tense(j, k + 1);
    return new Match(k + 1, DATE, new TimexValue.Year(y), null, (sp, tx, mod) -> new DatingCue.Year(sp, tx, tense, y, null, mod));
  }

  private boolean yearContext(int k, int y, boolean fiscal) {
    if (fiscal) {
      return true;
    }
    String prev = w(k - 1);
    Token next = tok(k + 1);
    String nw = w(k + 1);
    if (prev.equals("$") || prev.equals("#") || prev.equals("no") || nw.equals("%") || nw.equals("percent")
        || nw.equals(":") || (next != null && next.isNumber()) || COUNT_NOUNS.contains(nw)) {
      return false;
    }
    if (prev.equals("-") && !tokens.get(k).spaceBefore() && tok(k - 2) != null && tok(k - 2).isNumber()) {
      return false; // "555-1234"
    }
    boolean prep = Lexicon.YEAR_PREPOSITIONS.contains(prev);
    if (y < 1900 && !prep) {
      return false;
    }
    if (is(k + 1, "-") && joined(k + 1) && joined(k + 2) && tok(k + 2) != null && tok(k + 2).isWord()) {
      return true; // "2015-era"
    }
    return prep || next == null || !next.isWord() || next.capitalized() || !nw.endsWith("s")
        || nw.length() <= 3 || nw.endsWith("ss");
  }

  private Match slashDate(int k, String s) {
    String[] parts = s.split("/");
    if (parts.length != 3 || parts[2].length() != 4 && parts[2].length() != 2) {
      return null;
    }
    try {
      int mo = Integer.parseInt(parts[0]);
      int d = Integer.parseInt(parts[1]);
      int y = Integer.parseInt(parts[2]);
      if (parts[2].length() == 2) {
        y += y < 50 ? 2000 : 1900;
      }
      LocalDate date = LocalDate.of(y, mo, d);
      Tense tense = tense(k, k + 1);
      return new Match(k + 1, DATE, new Day(date), null, (sp, tx, mod) -> new DatingCue.FullDate(sp, tx, tense, date));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "the summer", "last fall", "summer 2021", "winter of 1998". */
  private Match season(int j) {
    int k = j;
    String q = null;
    if (is(k, "the") || is(k, "this") || is(k, "last") || is(k, "next") || is(k, "that") || is(k, "coming")) {
      q = w(k);
      k++;
      if (q.equals("this") && is(k, "past")) {
        q = "last";
        k++;
      }
    }
    Segment s = Lexicon.SEASONS.get(w(k));
    if (s == null) {
      return null;
    }
    int end = k + 1;
    YearAt ya = yearAt(is(end, "of") ? end + 1 : end);
    if (ya != null) {
      return new Match(ya.end(), DATE, new YearPart(ya.year(), s), null);
    }
    if (q == null) {
      String prev = w(j - 1);
      boolean prep = prev.equals("in") || prev.equals("during") || prev.equals("since") || prev.equals("until")
          || prev.equals("by") || prev.equals("through") || prev.equals("throughout") || prev.equals("early")
          || prev.equals("late") || prev.equals("mid") || prev.equals("-");
      if (!prep || s == Segment.FA) {
        return null;
      }
    }
    if (is(end, "-") || (tok(end) != null && tok(end).capitalized() && tok(end).isWord())) {
      return null; // "summer-like", "the Summer Olympics"
    }
    if (q != null && q.equals("this") && s != Segment.WI) {
      return new Match(end, DATE, new YearPart(dct.getYear(), s), null);
    }
    if (q != null && q.equals("that")) {
      LocalDate ref = referenceDate();
      return new Match(end, DATE, Calendar.season(ref, s, Tense.PAST, false), null);
    }
    Tense t = q == null || q.equals("the") || q.equals("this") ? tense(j, end)
        : q.equals("last") ? Tense.PAST : Tense.FUTURE;
    boolean strict = q != null && (q.equals("last") || q.equals("next"));
    if (t == Tense.PRESENT) {
      t = Tense.PAST;
    }
    return new Match(end, DATE, Calendar.season(dct, s, t, strict), null);
  }

  /** "the third quarter", "third-quarter", "the first half of 2022", "Q1 2022", "the latest quarter". */
  private Match quarter(int j) {
    int k = j;
    boolean the = is(k, "the");
    if (the) {
      k++;
    }
    Match named = yearsQuarter(j, k, the);
    if (named != null) {
      return named;
    }
    int ord = -1;
    String rel = null;
    Token t = tok(k);
    if (t != null && t.isWord() && t.text().length() == 2 && (t.text().charAt(0) == 'Q') && Character.isDigit(t.text().charAt(1))) {
      ord = t.text().charAt(1) - '0';
      if (ord < 1 || ord > 4) {
        return null;
      }
      return quarterEnd(j, k + 1, ord, Segment.valueOf("Q" + ord));
    }
    Integer o = Lexicon.ORDINALS.get(w(k));
    if (o == null && t != null && t.isNumber() && w(k).length() == 3 && !w(k).endsWith("s")) {
      o = w(k).charAt(0) - '0';
    }
    if (o != null && o >= 1 && o <= 4) {
      ord = o;
      k++;
      if (is(k, "-") && joined(k)) {
        k++;
      }
    } else if (QUARTER_QUALIFIERS
        .contains(w(k)) && !(the && is(k, "that"))) {
      rel = w(k);
      k++;
    } else if (!the) {
      return null;
    }
    if (the && "latest".equals(rel) && is(k, "period") && storyQuarter() != null) {
      return new Match(k + 1, DATE, storyQuarter(), null); // "the latest period" of an earnings report
    }
    if (is(k, "fiscal") && (ord > 0 || rel != null)) {
      k++;
    }
    if (is(k, "quarter")) {
      if (is(k + 1, "-") || (ord < 0 && is(k + 1, "of") && yearNumber(k + 2) < 0 && !is(k + 2, "this"))) {
        return null;
      }
      if (ord > 0) {
        return quarterEnd(j, k + 1, ord, Segment.valueOf("Q" + ord));
      }
      if (rel == null && !the) {
        return null;
      }
      int delta = rel == null ? -1 : switch (rel) {
        case "current", "this" -> 0;
        case "next" -> 1;
        case "same" -> 0;
        default -> -1;
      };
      if ("that".equals(rel)) {
        LocalDate ref = Calendar.anchorOf(reference);
        return ref == null ? null : new Match(k + 1, DATE, Calendar.quarterFrom(ref, 0), null);
      }
      if ("same".equals(rel) && Calendar.anchorOf(reference) != null) {
        return new Match(k + 1, DATE, Calendar.quarterFrom(Calendar.anchorOf(reference), 0), null);
      }
      if ("fiscal".equals(rel)) {
        return null;
      }
      return new Match(k + 1, DATE, Calendar.quarterFrom(dct, delta), null);
    }
    if (is(k, "half") && (ord == 1 || ord == 2) && the) {
      return quarterEnd(j, k + 1, ord, ord == 1 ? Segment.H1 : Segment.H2);
    }
    return null;
  }

  /**
   * A quarter named with its year in front: "the 1988 third quarter", "this year's second
   * quarter", "last year's quarter", "the 1988 period" (the story's quarter in that year).
   */
  private Match yearsQuarter(int j, int k, boolean the) {
    int year;
    int q;
    if (the && yearNumber(k) > 0) {
      year = yearNumber(k);
      q = k + 1;
    } else if (!the && (is(k, "this") || is(k, "last") || is(k, "next")) && is(k + 1, "year") && possessive(k + 2)) {
      year = dct.getYear() + (is(k, "last") ? -1 : is(k, "next") ? 1 : 0);
      q = k + 4;
    } else {
      return null;
    }
    Integer ord = Lexicon.ORDINALS.get(w(q));
    if (ord != null && ord >= 1 && ord <= 4 && is(q + 1, "quarter")) {
      return new Match(q + 2, DATE, new YearPart(year, Calendar.quarterSegment(ord)), null);
    }
    YearPart story = quarter;
    if (story != null && (is(q, "quarter") || (the && is(q, "period")))) {
      return new Match(q + 1, DATE, new YearPart(year, story.segment()), null);
    }
    return null;
  }

  private Match quarterEnd(int j, int end, int ord, Segment seg) {
    int e = is(end, "of") ? end + 1 : end;
    if (is(e, "fiscal")) {
      e++;
    }
    int year = yearNumber(e);
    if (year > 0) {
      return new Match(e + 1, DATE, new YearPart(year, seg), null);
    }
    if (is(e, "this") && is(e + 1, "year")) {
      return new Match(e + 2, DATE, new YearPart(dct.getYear(), seg), null);
    }
    if ((is(e, "last") || is(e, "next")) && is(e + 1, "year")) {
      return new Match(e + 2, DATE, new YearPart(dct.getYear() + (is(e, "last") ? -1 : 1), seg), null);
    }
    int y = dct.getYear();
    boolean half = seg == Segment.H1 || seg == Segment.H2;
    int current = half ? (dct.getMonthValue() <= 6 ? 1 : 2) : Calendar.quarter(dct);
    Tense t = tense(j, end);
    if (t == Tense.PAST && ord > current) {
      y--;
    }
    return new Match(end, DATE, new YearPart(y, seg), null);
  }

  /** "today", "tonight", "yesterday morning", "tomorrow", "this morning", "last night". */
  private Match relativeDay(int j) {
    Match m = relativeDayValue(j);
    if (m == null) {
      return null;
    }
    LocalDate day = Calendar.anchorOf(m.value());
    int offset = day == null ? 0 : (int) java.time.temporal.ChronoUnit.DAYS.between(dct, day);
    Tense tense = tense(j, m.end());
    return m.withCue((sp, tx, mod) -> new DatingCue.RelativeDay(sp, tx, tense, offset));
  }

  private Match relativeDayValue(int j) {
    String w = w(j);
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
        PartOfDay p = Lexicon.PARTS_OF_DAY.get(w(j + 1));
        return p == null ? null : new Match(j + 2, TIME, new DayPart(dct, p), null);
      }
      case "last" -> {
        return is(j + 1, "night") ? new Match(j + 2, TIME, new DayPart(dct.minusDays(1), PartOfDay.NI), null) : null;
      }
      default -> {
        return null;
      }
    }
    PartOfDay p = Lexicon.PARTS_OF_DAY.get(w(end));
    if (p != null) {
      return new Match(end + 1, TIME, new DayPart(date, p), null);
    }
    return new Match(end, DATE, new Day(date), null);
  }

  private LocalDate referenceDate() {
    LocalDate r = reference == null ? null : Calendar.anchorOf(reference);
    return r == null ? dct : r;
  }

  /** "this week", "last month", "next year", "the weekend", "the past week", "that same week", "year-earlier". */
  private Match relativeUnit(int j) {
    int k = j;
    String q = w(k);
    switch (q) {
      case "this", "last", "next", "coming", "previous", "current", "past", "that", "a" -> k++;
      case "the" -> {
        k++;
        String q2 = w(k);
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
    if (q.equals("this") && is(k, "past")) {
      q = "last";
      k++;
    }
    if (q.equals("that") && is(k, "same")) {
      q = "the same";
      k++;
    }
    if ((is(k, "fiscal") || is(k, "full")) && is(k + 1, "year")) {
      k++; // "the fiscal year", "the full year", "last fiscal year"
    }
    String u = w(k);
    int end = k + 1;
    if (u.equals("weekend")) {
      return weekendMatch(j, end, q);
    }
    if (u.equals("year") && is(end, "-") && (is(end + 1, "earlier") || is(end + 1, "ago") || is(end + 1, "end"))) {
      return q.equals("the") ? yearEarlier(j, k) : null;
    }
    Unit unit = Lexicon.UNITS.get(u);
    if (unit == null || unit == Unit.HOUR || unit == Unit.MINUTE || unit == Unit.SECOND || unit == Unit.QUARTER) {
      return null;
    }
    if (is(end, "-") || possessive(end) && is(end + 2, "end")) {
      return null;
    }
    Match m = relativeUnitValue(j, q, unit, end);
    if (m != null && unit == Unit.MONTH && m.type() == DATE && m.value() instanceof TimexValue.Month month) {
      int offset = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(dct), month.month());
      if (NEAR_MONTH.contains(q)) {
        Tense tense = tense(j, end);
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
          ? new Match(end, DURATION, length(1, unit), null)
          : new Match(end, DATE, shift(dct, unit, -1), null);
      case "the next", "the coming" -> unit == Unit.DAY
          ? new Match(end, DATE, shift(referenceDate(), unit, 1), null)
          : new Match(end, DATE, shift(dct, unit, 1), null);
      case "the previous" -> new Match(end, DATE, shift(referenceDate(), unit, -1), null);
      case "the following" -> new Match(end, DATE, shift(referenceDate(), unit, 1), null);
      case "the same", "that" -> new Match(end, DATE, shift(referenceDate(), unit, 0), null);
      case "the" -> (unit == Unit.MONTH || unit == Unit.WEEK) && partOf(j)
          ? new Match(end, DATE, shift(dct, unit, 0), null) // "the end of the month": the DCT's
          : unit != Unit.YEAR || is(end, "before") || is(end, "after") ? null
          : is(end, "ended") || is(end, "ending") || is(end, "to") ? new Match(end, DURATION, Duration.of(1, unit), null)
          : new Match(end, DATE, new TimexValue.Year(dct.getYear()), null);
      default -> null;
    };
  }

  /** Whether "end of", "beginning of", "start of", "middle of" or "rest of" comes right before token {@code j}. */
  private boolean partOf(int j) {
    return is(j - 1, "of") && (is(j - 2, "end") || is(j - 2, "beginning") || is(j - 2, "start") || is(j - 2, "middle") || is(j - 2, "rest"));
  }

  private Match yearEnd(int j) {
    if (is(j + 1, "-") && joined(j + 1) && is(j + 2, "end") || is(j + 1, "end")) {
      int end = is(j + 1, "-") ? j + 3 : j + 2;
      return new Match(end, DATE, new TimexValue.Year(dct.getYear()), TimexMod.END);
    }
    if (possessive(j + 1) && is(j + 3, "end")) {
      return new Match(j + 4, DATE, new TimexValue.Year(dct.getYear()), TimexMod.END);
    }
    if (is(j + 1, "-") && (is(j + 2, "earlier") || is(j + 2, "ago")) && joined(j + 1)) {
      return yearEarlier(j, j);
    }
    return null;
  }

  /** "year-earlier", "the year-ago quarter": a year before the reference, at its granularity. */
  private Match yearEarlier(int j, int yearTok) {
    int end = yearTok + 3;
    boolean noun = is(end, "period") || is(end, "quarter") || is(end, "level");
    if (j != yearTok) {
      if (!noun) {
        return null;
      }
      end++;
    }
    TimexValue ref = storyQuarter() != null ? storyQuarter() : reference;
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

  private Match weekendMatch(int j, int end, String q) {
    TimexValue.Week v = switch (q) {
      case "last", "past", "previous", "the past", "the last", "the previous" -> Calendar.weekend(dct, Tense.PAST);
      case "next", "coming", "the next", "the coming" -> Calendar.weekend(dct, Tense.FUTURE);
      case "the same", "that" -> Calendar.week(referenceDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), true);
      case "this" -> Calendar.weekend(dct, tense(j, end) == Tense.PAST ? Tense.PAST : Tense.FUTURE);
      case "the", "a" -> Calendar.weekend(dct, tense(j, end) == Tense.FUTURE ? Tense.FUTURE : Tense.PAST);
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

  /** The amount at token {@code k}: its value (-1 for "several"), and the token after it. */
  private int[] amount(int k) {
    Token t = tok(k);
    if (t == null) {
      return null;
    }
    if (t.isNumber()) {
      int v = t.intValue();
      if (v < 0 || v > 999) {
        return null;
      }
      if ((is(k + 1, "to") || is(k + 1, "or")) && tok(k + 2) != null && tok(k + 2).intValue() > v) {
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
        return is(k + 1, "of") && is(k - 1, "next") || is(k - 1, "past") || is(k - 1, "last") ? new int[] {2, k + 2} : null;
      }
      case "a" -> {
        if (is(k + 1, "few")) {
          return new int[] {-1, k + 2};
        }
        if (is(k + 1, "couple") && is(k + 2, "of")) {
          return new int[] {2, k + 3};
        }
        if (is(k + 1, "dozen")) {
          return new int[] {12, k + 2};
        }
        if (is(k + 1, "hundred")) {
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
      int m = is(next, "-") && joined(next) ? next + 1 : next;
      Integer u = Lexicon.NUMBERS.get(w(m));
      if (u != null && u > 0 && u < 10 && !w(m).equals("a")) {
        return new int[] {v + u, m + 1};
      }
    }
    if ((is(next, "to") || is(next, "or")) && Lexicon.NUMBERS.containsKey(w(next + 1)) && !is(next + 1, "a")) {
      return new int[] {v, next + 2};
    }
    return new int[] {v, next};
  }

  /** "three years", "the past two months", "a two-year", "for weeks", "recent days", "two weeks ago". */
  private Match duration(int j) {
    int k = j;
    boolean the = is(k, "the");
    if (the) {
      k++;
    }
    String qual = null;
    if (DURATION_QUALIFIERS.contains(w(k))) {
      qual = w(k);
      k++;
    }
    int[] a = amount(k);
    Unit unit;
    int end;
    boolean compound = false;
    boolean half = false;
    if (a == null || (the && (w(k).equals("a") || w(k).equals("an")))) {
      unit = Lexicon.PLURAL_UNITS.get(w(k));
      if (unit == null) {
        return null;
      }
      if (is(k + 1, "-") && is(k + 2, "long") && joined(k + 1) && joined(k + 2)) {
        return the ? null : new Match(k + 3, DURATION, Duration.some(unit), null); // "a decades-long feud"; not "the"
      }
      if (the && qual == null && is(k + 1, "ahead")) {
        return new Match(k + 2, DURATION, Duration.some(unit), null); // "the weeks ahead"
      }
      if (!the && qual == null) {
        String prev = w(j - 1);
        boolean ctx = BEFORE_DURATION.contains(prev)
            || is(k + 1, "of") || is(k + 1, "ago") || is(k + 1, "later") || is(k + 1, "earlier")
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
      if (MORE.contains(w(u)) && (Lexicon.UNITS.containsKey(w(u + 1))
          || Lexicon.PLURAL_UNITS.containsKey(w(u + 1)))) {
        u++; // "two more weeks", "an additional year"
      }
      if (KINDS_OF_DAY.contains(w(u)) && (is(u + 1, "days") || is(u + 1, "day"))) {
        u++; // "eight trading days": still P8D
      }
      if (is(u, "1/2") || (is(u, "and") && is(u + 1, "a") && is(u + 2, "half"))) {
        half = true; // "2 1/2 years", "two and a half hours"
        u += is(u, "1/2") ? 1 : 3;
      }
      if (is(u, "-") && joined(u)) {
        compound = true;
        u++;
      }
      unit = Lexicon.UNITS.get(w(u));
      if (unit == null && !compound) {
        unit = Lexicon.PLURAL_UNITS.get(w(u));
      }
      if (unit == null || (compound && !joined(u)) || (tok(u).capitalized() && tok(u - 1) != null && !tok(u - 1).capitalized())
          || (unit == Unit.SECOND && a[0] == 1 && !w(k).equals("one"))) {
        return null;
      }
      end = u + 1;
    }
    if (is(end, "old") || (is(end, "-") && joined(end) && tok(end + 1) != null && tok(end + 1).isWord() && joined(end + 1))) {
      return null; // "five years old", "a year-earlier loss", "a 5-year-old"
    }
    if (unit == Unit.QUARTER && ((a[0] == 1 && is(end, "of")) || (is(j - 1, "-") && joined(j)))) {
      return null; // "a quarter of the market", "three-quarters of its food"
    }
    if (!half && a[0] > 0 && is(end, "and") && is(end + 1, "a") && is(end + 2, "half")) {
      half = true; // "a minute and a half"
      end += 3;
    }
    Duration d = a[0] < 0 ? Duration.some(unit) : length(a[0], unit);
    if (half && a[0] >= 0 && halfDuration(a[0], unit) != null && !is(end, "ago") && !is(end, "earlier") && !is(end, "later")) {
      return new Match(end, DURATION, halfDuration(a[0], unit), null);
    }
    if (a[0] > 0 && !the && is(end, "or") && is(end + 1, "so") && !is(end + 2, "ago")) {
      return new Match(end + 2, DURATION, d, TimexMod.APPROX); // "a week or so"
    }
    if (!the && qual == null && is(end, "ago")) {
      YearPart q = storyQuarter();
      if (unit == Unit.YEAR && a[0] > 0 && q != null) {
        return new Match(end + 1, DATE, new YearPart(q.year() - a[0], q.segment()), null);
      }
      return new Match(end + 1, DATE, ago(unit, a[0]), null);
    }
    if (!the && qual == null && (is(end, "earlier") || is(end, "later")) && a[0] > 0) {
      int sign = is(end, "earlier") ? -1 : 1;
      LocalDate ref = referenceDate();
      YearPart q = storyQuarter() != null ? storyQuarter() : reference instanceof YearPart yp ? yp : null;
      TimexValue v = unit == Unit.YEAR && q != null
          ? new YearPart(q.year() + sign * a[0], q.segment())
          : shiftBy(ref, unit, sign * a[0]);
      return v == null ? null : new Match(end + 1, DATE, v, null);
    }
    if (a[0] == 1 && !the && qual == null && (w(k).equals("a") || w(k).equals("per"))) {
      Token prev = tok(j - 1);
      String pw = w(j - 1);
      if (prev != null && (prev.isNumber() || BEFORE_A_PER.contains(pw))) {
        return new Match(end, SET, d, null);
      }
    }
    return new Match(end, DURATION, d, null);
  }

  /** Whether "before", "after", "following" or "that followed" at token {@code k} ties a period to an event. */
  private boolean aroundAnEvent(int k) {
    return is(k, "before") || is(k, "after") || is(k, "following") || (is(k, "that") && is(k + 1, "followed"));
  }

  /**
   * A length of {@code amount} units; decades and centuries in years ("two decades" is
   * {@code P20Y}), as the TimeBank and AQUAINT annotators write them.
   */
  private static Duration length(int amount, Unit unit) {
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

  /** "3 p.m. ET", "10:30 a.m.", "15:00 GMT", "noon". */
  private Match clock(int j) {
    Token t = tok(j);
    if (t == null) {
      return null;
    }
    int hour;
    int minute = 0;
    int end;
    if (t.isNumber()) {
      String s = t.text();
      int colon = s.indexOf(':');
      try {
        if (colon > 0) {
          if (s.length() - colon != 3 || colon > 2) {
            return null;
          }
          hour = Integer.parseInt(s.substring(0, colon));
          minute = Integer.parseInt(s.substring(colon + 1));
        } else {
          if (s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return null;
          }
          hour = Integer.parseInt(s);
        }
      } catch (NumberFormatException e) {
        return null;
      }
      if (Lexicon.AMPM.contains(w(j + 1))) {
        if (hour < 1 || hour > 12 || minute > 59) {
          return null;
        }
        boolean pm = w(j + 1).startsWith("p");
        hour = hour % 12 + (pm ? 12 : 0);
        end = j + 2;
      } else if (is(j + 1, "o'clock")) {
        end = j + 2;
      } else if (partOfDayAfter(j + 1) > 0 && hour >= 1 && hour <= 12 && minute < 60) {
        hour = hourInPartOfDay(hour, w(partOfDayAfter(j + 1) - 1));
        end = partOfDayAfter(j + 1);
      } else if (colon > 0 && Lexicon.TIME_ZONES.contains(w(j + 1)) && hour < 24 && minute < 60) {
        end = j + 1;
      } else {
        return null;
      }
      Token z = tok(end);
      if (z != null && Lexicon.TIME_ZONES.contains(z.lower()) && Character.isUpperCase(z.text().charAt(0))) {
        end++;
      } else if (is(end, "local") && is(end + 1, "time")) {
        end += 2;
      }
    } else if (is(j, "noon") || is(j, "midday")) {
      hour = 12;
      end = j + 1;
    } else if (is(j, "midnight") && !(tok(j + 1) != null && tok(j + 1).isWord() && tok(j + 1).capitalized()
        && !Lexicon.WEEKDAYS.containsKey(w(j + 1)) && monthAt(j + 1) == null)) { // not "Midnight Oil"
      hour = MIDNIGHT;
      end = j + 1;
    } else {
      return null;
    }
    int e = is(end, ",") ? end + 1 : end;
    Match day = month(e, true);
    if (day == null) {
      Token wd = tok(e);
      day = wd != null && wd.capitalized() && Lexicon.WEEKDAYS.containsKey(wd.lower()) ? weekday(e) : null;
    }
    if (day != null && day.value() instanceof Day d) {
      LocalDate date = d.date();
      if (day.end() == e + 1) { // a bare weekday: its tense is the whole expression's ("until 9 a.m. Tuesday")
        date = Calendar.weekday(dct, Lexicon.WEEKDAYS.get(w(e)), weekdayTense(j, e + 1));
      }
      return new Match(day.end(), TIME, clockValue(date, hour, minute), null);
    }
    return new Match(end, TIME, clockValue(clockDay(j, end), hour, minute), null);
  }

  /**
   * The end of "in the morning", "in the afternoon", "in the evening" or "at night" starting at
   * token {@code k}, or -1: the part of the day that makes a bare hour a clock time ("at 4 in the morning").
   */
  private int partOfDayAfter(int k) {
    if (is(k, "in") && is(k + 1, "the") && (is(k + 2, "morning") || is(k + 2, "afternoon") || is(k + 2, "evening"))) {
      return k + 3;
    }
    return is(k, "at") && is(k + 1, "night") ? k + 2 : -1;
  }

  /** A 12-hour clock's {@code hour} in the part of the day named {@code part}, on the 24-hour clock. */
  private static int hourInPartOfDay(int hour, String part) {
    return switch (part) {
      case "afternoon", "evening" -> hour % 12 + 12;
      case "night" -> hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour; // "11 at night" is 23:00, "2 at night" 02:00
      default -> hour % 12;
    };
  }

  /** The hour of "midnight": the end of the day it is named with, TimeML's {@code T24}. */
  private static final int MIDNIGHT = 24;

  private static TimexValue clockValue(LocalDate day, int hour, int minute) {
    return hour == MIDNIGHT ? new TimexValue.Other(day + "T24") : new TimexValue.Clock(day.atTime(hour, minute));
  }

  /** The day a clock time is on: a weekday or "today"/"yesterday"/"tomorrow" next to it, or the DCT. */
  private LocalDate clockDay(int j, int end) {
    int afterParens = -1;
    if (is(end, "(")) { // "10:35 a.m. (0735 GMT) Friday"
      for (int k = end + 1; k < Math.min(n, end + 6); k++) {
        if (is(k, ")")) {
          afterParens = k + 1;
          break;
        }
      }
    }
    int[] candidates = {end, end + 1, afterParens, j - 2, j - 3};
    for (int c : candidates) {
      if ((c == end + 1 && !is(end, "on")) || c < 0) {
        continue;
      }
      Token t = tok(c);
      if (t == null || tokens.get(c).sentence() != tokens.get(j).sentence()) {
        continue;
      }
      DayOfWeek dow = Lexicon.WEEKDAYS.get(t.lower());
      if (dow != null && t.capitalized()) {
        return Calendar.weekday(dct, dow, weekdayTense(j, end));
      }
      switch (t.lower()) {
        case "yesterday" -> {
          return dct.minusDays(1);
        }
        case "tomorrow" -> {
          return dct.plusDays(1);
        }
        default -> { }
      }
    }
    return dct;
  }

  /** "now", "currently", "recently", "the past", "the future", "soon". */
  private Match reference(int j) {
    Ref r = switch (w(j)) {
      case "now", "currently", "presently", "nowadays", "current" -> Ref.PRESENT_REF;
      case "recently", "lately" -> Ref.PAST_REF;
      default -> null;
    };
    if (r != null) {
      return new Match(j + 1, DATE, r, null);
    }
    if (is(j, "the") && is(j + 1, "past")) {
      return new Match(j + 2, DATE, Ref.PAST_REF, null);
    }
    if (is(j, "the") && is(j + 1, "future")) {
      return new Match(j + 2, DATE, Ref.FUTURE_REF, null);
    }
    if (is(j, "the") && is(j + 1, "near") && is(j + 2, "future")) {
      return new Match(j + 3, DATE, Ref.FUTURE_REF, null);
    }
    if (is(j, "the") && (is(j + 1, "near") || is(j + 1, "short")) && is(j + 2, "term")) {
      return new Match(j + 3, DATE, Ref.FUTURE_REF, null); // "in the near term"
    }
    if (is(j, "these") && is(j + 1, "days")) {
      return new Match(j + 2, DATE, Ref.PRESENT_REF, null);
    }
    return null;
  }

  /** "every week", "each year", "daily", "per day". */
  private Match set(int j) {
    String w = w(j);
    Unit adverb = Lexicon.SET_ADVERBS.get(w);
    if (adverb != null && !(tok(j - 1) != null && tok(j - 1).capitalized() && tok(j - 1).isWord()) && !is(j - 1, "the")) {
      return new Match(j + 1, SET, Duration.of(1, adverb), null);
    }
    if (w.equals("every") || w.equals("each") || w.equals("per")) {
      int k = j + 1;
      Unit u = Lexicon.UNITS.get(w(k));
      if (u != null) {
        return new Match(k + 1, SET, Duration.of(1, u), null);
      }
      DayOfWeek dow = Lexicon.WEEKDAYS.get(w(k));
      if (dow != null && !w.equals("per")) {
        return new Match(k + 1, SET, new TimexValue.Other("XXXX-WXX-" + dow.getValue()), null);
      }
      PartOfDay p = Lexicon.PARTS_OF_DAY.get(w(k));
      if (p != null && !w.equals("per")) {
        return new Match(k + 1, SET, new TimexValue.Other("XXXX-XX-XXT" + p.name()), null);
      }
    }
    return null;
  }

  /**
   * The part of a day after "mid" ("mid-afternoon", "mid afternoon yesterday"; the prefix adds the
   * modifier), or "midmorning": on the day named right after it, else the DCT.
   */
  private Match midPart(int j) {
    PartOfDay part;
    if (w(j).startsWith("mid") && Lexicon.PARTS_OF_DAY.containsKey(w(j).substring(3))) {
      part = Lexicon.PARTS_OF_DAY.get(w(j).substring(3));
    } else if (is(j - 1, "mid") || (is(j - 1, "-") && is(j - 2, "mid"))) {
      part = Lexicon.PARTS_OF_DAY.get(w(j));
    } else {
      return null;
    }
    if (part == null || part == PartOfDay.NI) {
      return null;
    }
    LocalDate day = dct;
    int end = j + 1;
    Match rel = relativeDayValue(end);
    Token wd = tok(end);
    if (rel != null && rel.value() instanceof Day d) {
      day = d.date();
      end = rel.end();
    } else if (wd != null && wd.capitalized() && Lexicon.WEEKDAYS.containsKey(wd.lower())) {
      day = Calendar.weekday(dct, Lexicon.WEEKDAYS.get(wd.lower()), weekdayTense(j, end + 1));
      end++;
    }
    return new Match(end, TIME, new DayPart(day, part), null);
  }

  /** "the week of March 6": the week that holds the day. */
  private Match weekOf(int j) {
    if (!is(j, "the") || !is(j + 1, "week") || !is(j + 2, "of")) {
      return null;
    }
    Match day = month(j + 3, true);
    if (day == null) {
      day = dayMonth(j + 3);
    }
    return day != null && day.value() instanceof Day d ? new Match(day.end(), DATE, Calendar.week(d.date(), false), null) : null;
  }

  /** Fixed-date holidays and Thanksgiving, resolved like a month and day. */
  private Match holiday(int j) {
    Token t = tok(j);
    if (t == null || !t.capitalized()) {
      return null;
    }
    int end;
    Month m;
    int day;
    switch (w(j)) {
      case "christmas" -> {
        m = Month.DECEMBER;
        day = is(j + 1, "eve") ? 24 : 25;
        end = is(j + 1, "eve") || is(j + 1, "day") ? j + 2 : j + 1;
      }
      case "halloween" -> {
        m = Month.OCTOBER;
        day = 31;
        end = j + 1;
      }
      case "new" -> {
        if (!(is(j + 1, "year") && possessive(j + 2))) {
          return null;
        }
        int k = j + 4;
        if (is(k, "eve")) {
          m = Month.DECEMBER;
          day = 31;
        } else if (is(k, "day")) {
          m = Month.JANUARY;
          day = 1;
        } else {
          return null;
        }
        end = k + 1;
      }
      case "thanksgiving" -> {
        end = is(j + 1, "day") ? j + 2 : j + 1;
        Tense tense = tense(j, end);
        LocalDate thisYear = thanksgiving(dct.getYear());
        LocalDate v = tense == Tense.PAST && thisYear.isAfter(dct) ? thanksgiving(dct.getYear() - 1)
            : tense == Tense.FUTURE && thisYear.isBefore(dct) ? thanksgiving(dct.getYear() + 1) : thisYear;
        return new Match(end, DATE, new Day(v), null);
      }
      default -> {
        return null;
      }
    }
    Tense tense = tense(j, end);
    return new Match(end, DATE, new Day(Calendar.monthDay(dct, m, day, tense)), null);
  }

  private static LocalDate thanksgiving(int year) {
    return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
  }
}
