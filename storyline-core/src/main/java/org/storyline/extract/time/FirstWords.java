package org.storyline.extract.time;

import java.util.HashSet;
import java.util.Set;

/**
 * The words, lower-cased, that an expression or a modifier before one may start with: a rule
 * returns null at a word token that is none of these, so the scan passes most words of a text
 * without trying the fifteen rules. Numbers and punctuation are always tried, and so is a word in
 * "mid" ("midmorning"). A rule that learns to start at a new word must add it here;
 * {@code FirstWordsTest} checks that every match starts at one of them.
 */
final class FirstWords {

  private static final Set<String> WORDS = words();

  private FirstWords() {}

  /** Whether a match may start at token {@code t}. */
  static boolean mayStart(Token t) {
    return !t.isWord() || WORDS.contains(t.lower()) || t.lower().startsWith("mid");
  }

  private static Set<String> words() {
    Set<String> w = new HashSet<>();
    // Prefixes.at: "the end of", "early", "more than", "at least", ...
    w.addAll(Set.of("the", "early", "late", "mid", "end", "close", "beginning", "start", "middle", "earlier", "later",
        "about", "around", "approximately", "roughly", "nearly", "almost", "over", "within", "more", "less", "at", "up"));
    // WeekdayRule.weekday, MonthRule.month: "the following Monday", "last Friday", "Jan. 10"
    w.addAll(Set.of("last", "next", "this", "coming"));
    w.addAll(Lexicon.WEEKDAYS.keySet());
    w.addAll(Lexicon.MONTHS.keySet());
    w.addAll(Lexicon.MONTH_ABBREVIATIONS.keySet());
    // YearRule.year: "fiscal 1989", "the 20th century", "nineteen ninety-four", "two thousand", "pre-2000"
    w.addAll(Set.of("fiscal", "nineteen", "eighteen", "two", "pre", "post"));
    w.addAll(Lexicon.ORDINALS.keySet());
    // SeasonRule.season: "that summer"
    w.add("that");
    w.addAll(Lexicon.SEASONS.keySet());
    // QuarterRule.quarter: "Q1 2022", "the latest quarter", "this year's second quarter"
    w.addAll(Set.of("q1", "q2", "q3", "q4"));
    w.addAll(QuarterRule.QUARTER_QUALIFIERS);
    // RelativeDayRule.relativeDay: "yesterday morning", "tonight"
    w.addAll(Set.of("today", "yesterday", "tomorrow", "tonight"));
    // RelativeUnitRule.relativeUnit: "the previous week", "a weekend", "year-earlier"
    w.addAll(Set.of("previous", "current", "past", "a", "year"));
    // DurationRule.duration: "the past two months", "several weeks", "a couple of days", "for weeks"
    w.addAll(DurationRule.DURATION_QUALIFIERS);
    w.addAll(Set.of("several", "few", "many", "numerous", "couple"));
    w.addAll(Lexicon.NUMBERS.keySet());
    w.addAll(Lexicon.PLURAL_UNITS.keySet());
    // ClockRule.clock: "noon" ("midday" and "midnight" are in "mid")
    w.add("noon");
    // ReferenceRule.reference: "now", "recently", "the near future", "could one day", "these days"
    w.addAll(Set.of("now", "currently", "presently", "nowadays", "current", "recently", "lately", "someday", "one", "these"));
    // SetRule.set: "daily", "every week", "per day"
    w.addAll(Lexicon.SET_ADVERBS.keySet());
    w.addAll(Set.of("every", "each", "per"));
    // HolidayRule.holiday: "Christmas Eve", "New Year's Day", "Labor Day", "Valentine's Day"
    w.addAll(Set.of("christmas", "halloween", "new", "thanksgiving", "election", "memorial", "labor", "easter", "valentine"));
    // WeekOfRule.weekOf starts with "the"; MidPartRule.midPart: "mid-afternoon" is tried at "afternoon" too
    w.addAll(Lexicon.PARTS_OF_DAY.keySet());
    return Set.copyOf(w);
  }
}
