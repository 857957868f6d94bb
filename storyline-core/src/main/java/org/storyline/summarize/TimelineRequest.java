package org.storyline.summarize;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What timeline is asked for: {@code dates} dates with at most {@code sentences} sentences each,
 * optionally within {@code [from, to]} (inclusive; either end may be open).
 */
public record TimelineRequest(int dates, int sentences, LocalDate from, LocalDate to) {

  public TimelineRequest {
    if (dates < 1) {
      throw new IllegalArgumentException("dates must be at least 1, not " + dates);
    }
    if (sentences < 1) {
      throw new IllegalArgumentException("sentences must be at least 1, not " + sentences);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public Optional<LocalDate> fromOpt() {
    return Optional.ofNullable(from);
  }

  public Optional<LocalDate> toOpt() {
    return Optional.ofNullable(to);
  }

  /** Whether {@code date} lies in the range. */
  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
