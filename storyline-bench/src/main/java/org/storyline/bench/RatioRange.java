package org.storyline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ratios of several runs of the same table side by side: the figure that says whether a
 * speed claim is reproducible. Spread is (highest - lowest) / lowest.
 */
final class RatioRange {

  private RatioRange() {}

  static String table(List<Stage> stages, List<List<Measurement>> runs) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s %-40s %s%n", "stage", "ratio per run", "range (spread)"));
    for (Stage stage : stages) {
      List<Double> ratios = new ArrayList<>();
      for (List<Measurement> run : runs) {
        ratio(stage, run).ifPresent(ratios::add);
      }
      out.append(String.format(Locale.ROOT, "%-9s %-40s %s%n", stage.id(), perRun(ratios), range(ratios)));
    }
    return out.toString();
  }

  /** Storyline's throughput over CoreNLP's in one run, if both were measured. */
  static Optional<Double> ratio(Stage stage, List<Measurement> run) {
    Optional<Measurement> ours = find(run, Contender.STORYLINE, stage);
    Optional<Measurement> theirs = find(run, Contender.CORENLP, stage);
    if (ours.isEmpty() || theirs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ours.get().articlesPerSecond() / theirs.get().articlesPerSecond());
  }

  static double spread(List<Double> ratios) {
    double lo = ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double hi = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return (hi - lo) / lo;
  }

  private static Optional<Measurement> find(List<Measurement> run, Contender who, Stage stage) {
    return run.stream().filter(m -> m.contender().equals(who.id()) && m.stage().equals(stage.id())).findFirst();
  }

  private static String perRun(List<Double> ratios) {
    List<String> parts = new ArrayList<>();
    ratios.forEach(r -> parts.add(String.format(Locale.ROOT, "%.1fx", r)));
    return parts.isEmpty() ? "-" : String.join("  ", parts);
  }

  private static String range(List<Double> ratios) {
    if (ratios.size() < 2) {
      return "-";
    }
    double lo = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double hi = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return String.format(Locale.ROOT, "%.1fx-%.1fx (%.0f%%)", lo, hi, 100 * spread(ratios));
  }
}
