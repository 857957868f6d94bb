package org.storyline.extract.time;

import static org.storyline.extract.time.TimexType.DATE;

import java.time.LocalDate;
import java.util.Set;
import org.storyline.extract.time.TimexValue.Segment;
import org.storyline.extract.time.TimexValue.YearPart;

/** Quarters and halves of years: "the third quarter", "third-quarter", "Q1 2022", "the first half of 2022", "the 1988 third quarter", "the latest quarter". */
final class QuarterRule {

  /** Words that qualify a quarter ("the latest quarter"). */
  static final Set<String> QUARTER_QUALIFIERS = Set.of("latest", "last", "current", "this", "next", "previous", "past", "recent", "same", "fiscal", "that");

  private final ScanTokens tokens;
  private final DateNumbers numbers;
  private final ScanContext context;
  private final LocalDate dct;

  QuarterRule(ScanContext context) {
    this.tokens = context.tokens();
    this.numbers = context.numbers();
    this.context = context;
    this.dct = context.dct();
  }

  /** "the third quarter", "third-quarter", "the first half of 2022", "Q1 2022", "the latest quarter". */
  Match quarter(int j) {
    int k = j;
    boolean the = tokens.is(k, "the");
    if (the) {
      k++;
    }
    Match named = yearsQuarter(j, k, the);
    if (named != null) {
      return named;
    }
    int ord = -1;
    String rel = null;
    Token t = tokens.tok(k);
    if (t != null && t.isWord() && t.text().length() == 2 && (t.text().charAt(0) == 'Q') && Character.isDigit(t.text().charAt(1))) {
      ord = t.text().charAt(1) - '0';
      if (ord < 1 || ord > 4) {
        return null;
      }
      return quarterEnd(j, k + 1, ord, Segment.valueOf("Q" + ord));
    }
    Integer o = Lexicon.ORDINALS.get(tokens.w(k));
    if (o == null && t != null && t.isNumber() && tokens.w(k).length() == 3 && !tokens.w(k).endsWith("s")) {
      o = tokens.w(k).charAt(0) - '0';
    }
    if (o != null && o >= 1 && o <= 4) {
      ord = o;
      k++;
      if (tokens.is(k, "-") && tokens.joined(k)) {
        k++;
      }
    } else if (QUARTER_QUALIFIERS
        .contains(tokens.w(k)) && !(the && tokens.is(k, "that"))) {
      rel = tokens.w(k);
      k++;
    } else if (!the) {
      return null;
    }
    if (the && "latest".equals(rel) && tokens.is(k, "period")) { // "the latest period" of an earnings report
      YearPart story = context.storyQuarter();
      return new Match(k + 1, DATE, story != null ? story : Calendar.quarterFrom(dct, -1), null); // else the last quarter over
    }
    if (tokens.is(k, "fiscal") && (ord > 0 || rel != null)) {
      k++;
    }
    if (tokens.is(k, "quarter")) {
      if (tokens.is(k + 1, "-") || (ord < 0 && tokens.is(k + 1, "of") && numbers.yearNumber(k + 2) < 0 && !tokens.is(k + 2, "this"))) {
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
        LocalDate ref = Calendar.anchorOf(context.reference());
        return ref == null ? null : new Match(k + 1, DATE, Calendar.quarterFrom(ref, 0), null);
      }
      if ("same".equals(rel) && Calendar.anchorOf(context.reference()) != null) {
        return new Match(k + 1, DATE, Calendar.quarterFrom(Calendar.anchorOf(context.reference()), 0), null);
      }
      if ("fiscal".equals(rel)) {
        return null;
      }
      return new Match(k + 1, DATE, Calendar.quarterFrom(dct, delta), null);
    }
    if (tokens.is(k, "half") && (ord == 1 || ord == 2) && the) {
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
    if (the && numbers.yearNumber(k) > 0) {
      year = numbers.yearNumber(k);
      q = k + 1;
    } else if (!the && (tokens.is(k, "this") || tokens.is(k, "last") || tokens.is(k, "next")) && tokens.is(k + 1, "year") && tokens.possessive(k + 2)) {
      year = dct.getYear() + (tokens.is(k, "last") ? -1 : tokens.is(k, "next") ? 1 : 0);
      q = k + 4;
    } else {
      return null;
    }
    Integer ord = Lexicon.ORDINALS.get(tokens.w(q));
    if (ord != null && ord >= 1 && ord <= 4 && tokens.is(q + 1, "quarter")) {
      return new Match(q + 2, DATE, new YearPart(year, Calendar.quarterSegment(ord)), null);
    }
    YearPart story = context.quarter();
    if (story != null && (tokens.is(q, "quarter") || (the && tokens.is(q, "period")))) {
      return new Match(q + 1, DATE, new YearPart(year, story.segment()), null);
    }
    return null;
  }

  private Match quarterEnd(int j, int end, int ord, Segment seg) {
    int e = tokens.is(end, "of") ? end + 1 : end;
    if (tokens.is(e, "fiscal")) {
      e++;
    }
    int year = numbers.yearNumber(e);
    if (year > 0) {
      return new Match(e + 1, DATE, new YearPart(year, seg), null);
    }
    if (tokens.is(e, "this") && tokens.is(e + 1, "year")) {
      return new Match(e + 2, DATE, new YearPart(dct.getYear(), seg), null);
    }
    if ((tokens.is(e, "last") || tokens.is(e, "next")) && tokens.is(e + 1, "year")) {
      return new Match(e + 2, DATE, new YearPart(dct.getYear() + (tokens.is(e, "last") ? -1 : 1), seg), null);
    }
    int y = dct.getYear();
    boolean half = seg == Segment.H1 || seg == Segment.H2;
    int current = half ? (dct.getMonthValue() <= 6 ? 1 : 2) : Calendar.quarter(dct);
    Tense t = context.tense(j, end);
    if (t == Tense.PAST && ord > current) {
      y--;
    }
    return new Match(end, DATE, new YearPart(y, seg), null);
  }
}
