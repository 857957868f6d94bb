package org.storyline.reconcile.timeline.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The date of a timeline line as SemEval-2015 Task 4 writes it: a year ({@code 2008}), a month
 * ({@code 2008-06}), a day ({@code 2008-06-09}) or unknown ({@code XXXX-XX-XX}).
 *
 * @param first the first day of the year, month or day; empty when unknown
 * @param grain how much of {@code first} the date says
 */
public record TaskDate(Optional<LocalDate> first, Grain grain) implements Comparable<TaskDate> {

  /** How much of the date is known. */
  public enum Grain { YEAR, MONTH, DAY, UNKNOWN }

  private static final TaskDate UNKNOWN = new TaskDate(Optional.empty(), Grain.UNKNOWN);

  /** Earlier first days first; of two dates starting on one day the coarser first, as the task's gold orders them (2006-01 before 2006-01-01). */
  private static final Comparator<TaskDate> ORDER = Comparator
      .comparing((TaskDate d) -> d.first.orElse(LocalDate.MAX))
      .thenComparing(TaskDate::grain);

  public TaskDate {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(grain, "grain");
    if (first.isEmpty() != (grain == Grain.UNKNOWN)) {
      throw new IllegalArgumentException("a task date has a day and a grain, or neither");
    }
    first = first.map(d -> switch (grain) {
      case YEAR -> d.withDayOfYear(1);
      case MONTH -> d.withDayOfMonth(1);
      default -> d;
    });
  }

  public static TaskDate unknown() {
    return UNKNOWN;
  }

  public static TaskDate day(LocalDate day) {
    return new TaskDate(Optional.of(day), Grain.DAY);
  }

  public static TaskDate month(LocalDate day) {
    return new TaskDate(Optional.of(day), Grain.MONTH);
  }

  public static TaskDate year(LocalDate day) {
    return new TaskDate(Optional.of(day), Grain.YEAR);
  }

  public boolean isKnown() {
    return grain != Grain.UNKNOWN;
  }

  /** The task's spelling: {@code 2008}, {@code 2008-06}, {@code 2008-06-09} or {@code XXXX-XX-XX}. */
  public String value() {
    if (first.isEmpty()) {
      return "XXXX-XX-XX";
    }
    String day = first.get().toString();
    return switch (grain) {
      case YEAR -> day.substring(0, 4);
      case MONTH -> day.substring(0, 7);
      default -> day;
    };
  }

  @Override
  public int compareTo(TaskDate o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return value();
  }
}
