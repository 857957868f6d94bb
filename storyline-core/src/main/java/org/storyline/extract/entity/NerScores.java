package org.storyline.extract.entity;

import java.util.List;
import java.util.Locale;

/**
 * The result of a {@link ChunkScorer}: chunk counts overall and per type, and token accuracy.
 *
 * @param overall all types together
 * @param perType one entry a type, by type name
 * @param tokens tokens scored
 * @param correctTags tokens whose guessed tag equals the gold tag
 */
public record NerScores(Counts overall, List<Counts> perType, long tokens, long correctTags) {

  public NerScores {
    perType = List.copyOf(perType);
  }

  /** Chunk counts of one type. */
  public record Counts(String type, int gold, int guessed, int correct) {

    public double precision() {
      return guessed == 0 ? 0 : (double) correct / guessed;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public double accuracy() {
    return tokens == 0 ? 0 : (double) correctTags / tokens;
  }

  /** A table in the manner of {@code conlleval}'s, percentages with two decimals. */
  public String format() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
        tokens, overall.gold(), overall.guessed(), overall.correct()));
    s.append(String.format(Locale.ROOT, "accuracy: %6.2f%%%n", 100 * accuracy()));
    s.append(line(overall));
    perType.forEach(c -> s.append(line(c)));
    return s.toString();
  }

  private static String line(Counts c) {
    return String.format(Locale.ROOT, "%10s  precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  (gold %d, found %d, correct %d)%n",
        c.type(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.gold(), c.guessed(), c.correct());
  }
}
