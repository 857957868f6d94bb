package org.storyline.extract.quote.eval;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * A fixed split of a PolNeAR folder's articles into a tuning pool and an untouched part, by a
 * rule on each article's name alone, so that the split never changes with the rules being tuned.
 *
 * <p>An article's bucket is the CRC-32 of its name (the text file's name without {@code .txt},
 * UTF-8) modulo 100. Buckets below {@value #UNTOUCHED_PERCENT} are the untouched part, kept for a
 * final check; the others are the pool, and the pool's fold is the bucket modulo
 * {@value #FOLDS}. On PolNeAR {@code train/} (840 articles) this gives 171 untouched and 669 in
 * the pool (folds of 144, 146, 112, 134 and 133 articles).
 */
public final class PolnearSplit {

  /** The share of articles, in percent, left untouched for the final check. */
  public static final int UNTOUCHED_PERCENT = 20;
  /** The number of cross-validation folds of the pool. */
  public static final int FOLDS = 5;

  /** Which articles of a folder to score. */
  public enum Part {
    /** Every article. */
    ALL,
    /** The tuning pool (every fold, or the folds asked for). */
    POOL,
    /** The articles kept for the final check. */
    UNTOUCHED
  }

  private PolnearSplit() {}

  static int bucket(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % 100);
  }

  /** Whether the article called {@code name} is in the untouched part. */
  public static boolean untouched(String name) {
    return bucket(name) < UNTOUCHED_PERCENT;
  }

  /** The pool fold of the article called {@code name}, 0 to {@value #FOLDS} - 1. */
  public static int fold(String name) {
    return bucket(name) % FOLDS;
  }

  /**
   * The articles of {@code part}; with {@code folds} not empty (only for {@link Part#POOL}), only
   * the pool's articles in those folds.
   *
   * @throws IllegalArgumentException when folds are given for another part, or a fold is out of range
   */
  public static Predicate<String> select(Part part, List<Integer> folds) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(folds, "folds");
    if (!folds.isEmpty() && part != Part.POOL) {
      throw new IllegalArgumentException("folds select within the pool only, not within " + part);
    }
    for (int f : folds) {
      if (f < 0 || f >= FOLDS) {
        throw new IllegalArgumentException("a fold is 0 to " + (FOLDS - 1) + ", not " + f);
      }
    }
    List<Integer> chosen = List.copyOf(folds);
    return switch (part) {
      case ALL -> name -> true;
      case UNTOUCHED -> PolnearSplit::untouched;
      case POOL -> name -> !untouched(name) && (chosen.isEmpty() || chosen.contains(fold(name)));
    };
  }
}
