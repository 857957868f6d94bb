package org.storyline.cluster;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import org.storyline.lexicon.CalendarNames;

/**
 * The days an article speaks of, read from its words as the profiler meets them: weekday names
 * ("Saturday": the last one on or before the publication date, as reports of an incident look
 * back; the next one after it when the sentence has spoken of the future before, as in "Biden
 * will speak with Putin on Thursday"), "yesterday", "last night", "today", "tonight", and a month with a day ("March 14",
 * "Jan. 3rd"; the year of the publication, or the one before when that would be more than a week
 * ahead). Reports of one incident name its day; reports of another incident in the same city, a
 * week later, name another. Nothing is collected for an undated article.
 *
 * <p>Words come lower-cased, punctuation left out, each saying whether it opens a sentence; not thread-safe.
 */
final class DayMentions {

  /** Days kept per article, the first named first: the lead names the incident's day. */
  static final int MAX_DAYS = 8;

  /** Words after which, in the same sentence, a weekday is ahead: "will meet on Tuesday", "plans to call Thursday". */
  private static final java.util.Set<String> FUTURE = java.util.Set.of(
      "will", "ll", "shall", "next", "upcoming", "scheduled", "plans", "planned", "planning", "expected", "set", "tomorrow");

  private final LocalDate published;
  private final int[] days = new int[MAX_DAYS];
  private int size;
  private int month; // the month the previous word named, else 0
  private boolean afterLast; // the previous word was "last"
  private boolean future; // the sentence so far has spoken of the future

  /** Collects the days of an article published on {@code published}; null: collects none. */
  DayMentions(LocalDate published) {
    this.published = published;
  }

  /** The next word of the article, lower-cased; {@code opensSentence} when a sentence starts with it. */
  void word(String w, boolean opensSentence) {
    if (published == null || size == MAX_DAYS) {
      return;
    }
    if (opensSentence) {
      future = false;
    }
    int monthBefore = month;
    boolean lastBefore = afterLast;
    month = 0;
    afterLast = false;
    DayOfWeek weekday = CalendarNames.WEEKDAYS.get(w);
    if (weekday != null) {
      int back = Math.floorMod(published.getDayOfWeek().getValue() - weekday.getValue(), 7);
      add(future ? published.plusDays((7 - back) % 7) : published.minusDays(back)); // "set to speak Monday", on a Monday: today
    } else if (w.equals("yesterday") || lastBefore && w.equals("night")) {
      add(published.minusDays(1));
    } else if (w.equals("today") || w.equals("tonight")) {
      add(published);
    } else if (monthBefore > 0 && startsWithDayOfMonth(w)) {
      addMonthDay(monthBefore, dayOfMonth(w));
    } else {
      Month m = CalendarNames.month(w);
      month = m == null ? 0 : m.getValue();
      afterLast = w.equals("last");
      future |= FUTURE.contains(w);
    }
  }

  /** The days named, ascending, each once. */
  int[] days() {
    int[] out = Arrays.copyOf(days, size);
    Arrays.sort(out);
    return out;
  }

  private void addMonthDay(int m, int d) {
    try {
      LocalDate date = LocalDate.of(published.getYear(), m, d);
      add(date.isAfter(published.plusDays(7)) ? date.minusYears(1) : date);
    } catch (DateTimeException e) {
      // "Feb. 30": not a day
    }
  }

  private void add(LocalDate date) {
    int day = (int) date.toEpochDay();
    for (int i = 0; i < size; i++) {
      if (days[i] == day) {
        return;
      }
    }
    days[size++] = day;
  }

  /** "14", "3rd", "21st": one or two digits, 1 to 31, with an ordinal ending or none. */
  private static boolean startsWithDayOfMonth(String w) {
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return false;
    }
    String rest = w.substring(digits);
    int d = dayOfMonth(w);
    return d >= 1 && d <= 31 && (rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
  }

  private static int dayOfMonth(String w) {
    int d = 0;
    for (int i = 0; i < w.length() && Character.isDigit(w.charAt(i)); i++) {
      d = d * 10 + (w.charAt(i) - '0');
    }
    return d;
  }
}
