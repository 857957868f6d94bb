package org.storyline.summarize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.storyline.lexicon.CalendarNames;

/**
 * A quick test of whether a sentence may name a calendar day, so that the time tagger (most of the
 * cost of reading articles) runs only on the sentences that may: a day needs a month or weekday
 * name, a relative day word ("yesterday", "tonight", "Christmas Day"), or digits written as a
 * date ("4/24", "2009-04-24"). Errs on the side of tagging.
 */
final class DayWords {

  private static final Set<String> WORDS = words();

  private DayWords() {}

  private static Set<String> words() {
    Set<String> w = new HashSet<>();
    w.addAll(CalendarNames.MONTHS.keySet());
    w.addAll(CalendarNames.MONTH_ABBREVIATIONS.keySet());
    w.addAll(CalendarNames.WEEKDAYS.keySet());
    CalendarNames.WEEKDAYS.keySet().forEach(d -> w.add(d.substring(0, 3)));
    w.addAll(Set.of("tues", "thur", "thurs", "weds", "today", "tonight", "yesterday", "tomorrow", "night",
        "morning", "afternoon", "evening", "day", "christmas", "eve", "midnight", "noon", "weekend"));
    return Set.copyOf(w);
  }

  /** Whether {@code sentence} may hold an expression the time tagger resolves to a day. */
  static boolean mayNameDay(String sentence) {
    int start = -1;
    for (int i = 0; i <= sentence.length(); i++) {
      char c = i < sentence.length() ? sentence.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0 && WORDS.contains(sentence.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
      start = -1;
      if ((c == '/' || c == '-') && i > 0 && i + 1 < sentence.length()
          && Character.isDigit(sentence.charAt(i - 1)) && Character.isDigit(sentence.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
