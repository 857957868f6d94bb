package org.storyline.extract.time;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Scores system expressions against gold ones the way TempEval-3 Task A does: strict (same span)
 * and relaxed (overlapping span) matching of expressions, then the type and value of each relaxed
 * match. Relaxed matching pairs each system expression with the first unpaired gold expression it
 * overlaps, in text order, so no expression counts twice.
 */
public final class TempEvalScorer {

  private TempEvalScorer() {}

  public static TempEvalCounts score(List<Timex> gold, List<Timex> system) {
    return score(gold, system, (g, s) -> { });
  }

  /** Scores one document; {@code pairs} receives each relaxed (gold, system) pair. */
  public static TempEvalCounts score(List<Timex> gold, List<Timex> system, BiConsumer<Timex, Timex> pairs) {
    boolean[] used = new boolean[gold.size()];
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    for (Timex s : system) {
      for (int g = 0; g < gold.size(); g++) {
        if (gold.get(g).span().equals(s.span())) {
          strict++;
          break;
        }
      }
      for (int g = 0; g < gold.size(); g++) {
        Timex x = gold.get(g);
        if (!used[g] && x.span().overlaps(s.span())) {
          used[g] = true;
          relaxed++;
          type += x.type() == s.type() ? 1 : 0;
          value += x.value().equals(s.value()) ? 1 : 0;
          pairs.accept(x, s);
          break;
        }
      }
    }
    return new TempEvalCounts(gold.size(), system.size(), strict, relaxed, type, value);
  }
}
