package org.storyline.extract.claim;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;

/**
 * The cue words that make a figure a plan or a possibility. The nearest cue before the figure in
 * its clause (up to {@value #WINDOW} tokens back, not past a comma, semicolon, colon or dash) wins;
 * with none, a figure in a sentence dated more than a month before publication is historical, and
 * any other figure is a count.
 */
enum ModalityCue {
  PLAN(Modality.PLAN, Set.of(
      "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aim", "aims", "aiming", "propose",
      "proposes", "proposed", "proposal", "option", "options", "considering", "consider", "considers", "will", "'ll",
      "target", "targets", "goal", "seeks", "seek", "budgeted", "projected", "projects", "pledged", "pledges",
      "promised", "promises", "scheduled")),
  POSSIBILITY(Modality.POSSIBILITY, Set.of(
      "could", "might", "may", "would", "risk", "risks", "possible", "possibly", "potentially", "if", "need", "needs",
      "hypothetical", "chance", "unless", "should"));

  static final int WINDOW = 12;

  /** Cues that make a figure modal only right before it: "needs 1,237 delegates", not "needs to curb his 20-point deficit". */
  private static final Set<String> ADJACENT_ONLY = Set.of("need", "needs");

  /** How far after a figure a time expression still dates it, if no comma comes between. */
  private static final int DATED_AFTER = 10;

  /** How long before publication a dated figure becomes historical. */
  private static final int HISTORICAL_DAYS = 31;

  private final Modality modality;
  private final Set<String> words;

  ModalityCue(Modality modality, Set<String> words) {
    this.modality = modality;
    this.words = words;
  }

  /** The modality of the figure whose phrase starts at token {@code from}. */
  static Modality of(QuantityFinder f, int from, List<Timex> sentenceTimexes, Optional<LocalDate> published) {
    for (int k = from - 1; k >= 0 && k >= from - WINDOW; k--) {
      String l = f.lw(k);
      if (l.equals(",") || l.equals(";") || l.equals(":") || l.equals("—") || l.equals("--") || l.equals("–")) {
        break;
      }
      for (ModalityCue cue : values()) {
        if (cue.words.contains(l) && !(l.equals("may") && Words.isCapitalised(f.tok(k)) && k > 0)
            && !(ADJACENT_ONLY.contains(l) && k != from - 1)) {
          return cue.modality;
        }
      }
    }
    if (published.isPresent()) {
      LocalDate before = published.get().minusDays(HISTORICAL_DAYS);
      for (Timex t : sentenceTimexes) {
        if (!dates(f, from, t)) {
          continue;
        }
        LocalDate end = t.type() == TimexType.DATE || t.type() == TimexType.TIME ? lastDay(t.value()) : null;
        if (end != null && end.isBefore(before)) {
          return Modality.HISTORICAL;
        }
      }
    }
    return Modality.COUNT;
  }

  /**
   * Whether a time expression of the sentence dates the figure at token {@code from}: it comes
   * before the figure, or at most {@value #DATED_AFTER} tokens after it with no comma, semicolon
   * or dash between ("war games in September that involved 200,000 troops", "won 12 titles during
   * her career in the 1960s"; not "72 percent now believe ..., an increase from the last time the
   * survey was conducted in December").
   */
  private static boolean dates(QuantityFinder f, int from, Timex t) {
    if (t.span().start() < f.tokens.get(from).start()) {
      return true;
    }
    for (int k = from; k < f.size() && k <= from + DATED_AFTER; k++) {
      if (f.tokens.get(k).start() >= t.span().start()) {
        return true;
      }
      String l = f.lw(k);
      if (l.equals(",") || l.equals(";") || l.equals("—") || l.equals("--") || l.equals("now")) {
        return false;
      }
    }
    return false;
  }

  /** The last day a time value covers, or null when it names no period of the calendar. */
  static LocalDate lastDay(TimexValue v) {
    if (v instanceof TimexValue.Day d) {
      return d.date();
    } else if (v instanceof TimexValue.DayPart d) {
      return d.date();
    } else if (v instanceof TimexValue.Clock c) {
      return c.time().toLocalDate();
    } else if (v instanceof TimexValue.Week w) {
      return LocalDate.of(w.weekBasedYear(), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week()).plusDays(6);
    } else if (v instanceof TimexValue.Month m) {
      return m.month().atEndOfMonth();
    } else if (v instanceof TimexValue.YearPart y) {
      return LocalDate.of(y.year(), 12, 31);
    } else if (v instanceof TimexValue.Year y) {
      return LocalDate.of(y.year(), 12, 31);
    } else if (v instanceof TimexValue.Decade d) {
      return LocalDate.of(d.decade() * 10 + 9, 12, 31);
    } else if (v instanceof TimexValue.Century c) {
      return LocalDate.of(c.century() * 100 + 99, 12, 31).with(TemporalAdjusters.lastDayOfYear());
    }
    return null;
  }
}
