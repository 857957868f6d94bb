package org.storyline.bench;

import java.util.Locale;
import java.util.Optional;

/** The side-by-side table's text. */
final class Table {

  private static final String ROW = "%-9s %-10s %10s %12s %14s %12s %12s %8s %10s";

  private Table() {}

  static String header() {
    return String.format(Locale.ROOT, ROW, "stage", "system", "load ms", "articles/s", "tokens/s", "peak heap MB", "retained MB", "rounds", "ratio");
  }

  static String rows(Stage stage, Optional<Measurement> ours, Optional<Measurement> theirs) {
    String ratio = ours.isPresent() && theirs.isPresent()
        ? String.format(Locale.ROOT, "%.1fx", ours.get().articlesPerSecond() / theirs.get().articlesPerSecond())
        : "-";
    return row(stage, "storyline", ours, ratio) + "\n" + row(stage, "corenlp", theirs, "");
  }

  private static String row(Stage stage, String contender, Optional<Measurement> m, String ratio) {
    if (m.isEmpty()) {
      return String.format(Locale.ROOT, "%-9s %-10s %s", stage.id(), contender, "(not built yet)");
    }
    Measurement x = m.get();
    return String.format(Locale.ROOT, ROW, stage.id(), contender, String.format(Locale.ROOT, "%.0f", x.loadMillis()),
        String.format(Locale.ROOT, "%.1f", x.articlesPerSecond()), String.format(Locale.ROOT, "%,.0f", x.tokensPerSecond()),
        String.format(Locale.ROOT, "%.0f", x.peakHeapMb()), String.format(Locale.ROOT, "%.0f", x.retainedHeapMb()),
        String.format(Locale.ROOT, "%d±%.0f%%", x.rounds(), 50 * x.roundSpread()), ratio);
  }
}
