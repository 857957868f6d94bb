package org.storyline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day an article was published and how that is known. A date given by the source has
 * confidence 1; an inferred one less.
 */
public record PublicationDate(LocalDate date, DateSource source, double confidence) {

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
  }

  public static PublicationDate given(LocalDate date, DateSource source) {
    return new PublicationDate(date, source, 1.0);
  }

  public boolean isInferred() {
    return source == DateSource.INFERRED;
  }
}
