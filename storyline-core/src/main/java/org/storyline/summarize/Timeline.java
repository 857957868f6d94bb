package org.storyline.summarize;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A timeline summary: dates in increasing order, each with its sentences, most important first.
 */
public record Timeline(List<Entry> entries) {

  /** One date of a timeline and what happened on it. */
  public record Entry(LocalDate date, List<SourcedSentence> sentences) {
    public Entry {
      Objects.requireNonNull(date, "date");
      sentences = List.copyOf(sentences);
    }
  }

  public Timeline {
    entries = List.copyOf(entries);
    for (int i = 1; i < entries.size(); i++) {
      if (!entries.get(i - 1).date().isBefore(entries.get(i).date())) {
        throw new IllegalArgumentException("timeline dates out of order at " + entries.get(i).date());
      }
    }
  }
}
