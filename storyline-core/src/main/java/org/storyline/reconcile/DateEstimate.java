package org.storyline.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.storyline.model.DateSource;
import org.storyline.model.PublicationDate;

/**
 * An inferred publication day, how sure the dater is, and why.
 *
 * @param date the estimated day
 * @param confidence in (0, 1): near 1 when the evidence pins one day and no other day comes close
 * @param evidence what the date agrees with, strongest first; never empty
 */
public record DateEstimate(LocalDate date, double confidence, List<Evidence> evidence) {

  public DateEstimate {
    Objects.requireNonNull(date, "date");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an estimate needs evidence");
    }
  }

  /** The estimate as an article's publication date, marked inferred. */
  public PublicationDate toPublicationDate() {
    return new PublicationDate(date, DateSource.INFERRED, confidence);
  }
}
