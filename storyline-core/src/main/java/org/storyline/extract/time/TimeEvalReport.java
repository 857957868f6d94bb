package org.storyline.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link TimeEval#evaluate(java.nio.file.Path)}: totals, totals per gold type, and
 * the disagreements for development.
 *
 * @param documents documents scored
 * @param total counts over all documents
 * @param byGoldType counts restricted to gold expressions of each type (system counts: of that type)
 * @param valueErrors relaxed matches with a wrong value
 * @param missed gold expressions no system expression overlaps
 * @param spurious system expressions that overlap no gold one
 */
public record TimeEvalReport(int documents, TempEvalCounts total, Map<TimexType, TempEvalCounts> byGoldType,
    List<Disagreement> valueErrors, List<Disagreement> missed, List<Disagreement> spurious) {

  public TimeEvalReport {
    byGoldType = Map.copyOf(byGoldType);
    valueErrors = List.copyOf(valueErrors);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  /** A gold and/or system expression that disagree, with where they come from. */
  public record Disagreement(String file, LocalDate documentDate, Timex gold, Timex system, String context) {}
}
