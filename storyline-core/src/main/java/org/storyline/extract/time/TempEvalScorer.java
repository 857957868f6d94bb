package org.storyline.extract.time;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.storyline.model.Span;

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
    return score(gold, system, Timex::span, (g, s) -> g.type() == s.type(), (g, s) -> g.value().equals(s.value()), pairs);
  }

  /**
   * Scores one document of any kind of TimeML markable ({@code EVENT}s as well as TIMEX3s): the
   * same matching, with the markable's span, its first attribute ({@code sameType}: a TIMEX3's
   * type, an EVENT's class) and its second ({@code sameValue}) given as functions.
   */
  public static <T> TempEvalCounts score(List<T> gold, List<T> system, Function<T, Span> span,
      BiPredicate<T, T> sameType, BiPredicate<T, T> sameValue, BiConsumer<T, T> pairs) {
    boolean[] used = new boolean[gold.size()];
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    for (T s : system) {
      Span ss = span.apply(s);
      for (int g = 0; g < gold.size(); g++) {
        if (span.apply(gold.get(g)).equals(ss)) {
          strict++;
          break;
        }
      }
      for (int g = 0; g < gold.size(); g++) {
        T x = gold.get(g);
        if (!used[g] && span.apply(x).overlaps(ss)) {
          used[g] = true;
          relaxed++;
          type += sameType.test(x, s) ? 1 : 0;
          value += sameValue.test(x, s) ? 1 : 0;
          pairs.accept(x, s);
          break;
        }
      }
    }
    return new TempEvalCounts(gold.size(), system.size(), strict, relaxed, type, value);
  }
}
