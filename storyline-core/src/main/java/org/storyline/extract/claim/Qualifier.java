package org.storyline.extract.claim;

/**
 * What a qualifier ("about", "more than", "an estimated") does to a stated amount: each constant
 * widens the stated range by its factors, giving the values the text allows.
 *
 * <pre>{@code
 * MORE_THAN.low(127_000) == 127_000, MORE_THAN.high(127_000) == +Infinity
 * APPROXIMATELY.low(100_000) == 90_000
 * }</pre>
 */
public enum Qualifier {
  /** No qualifier: the value as stated. */
  NONE(1, 1),
  /** about, around, approximately, roughly, some. */
  APPROXIMATELY(0.9, 1.1),
  /** an estimated, estimated at. */
  ESTIMATED(0.9, 1.1),
  /** more than, over, upwards of. */
  MORE_THAN(1, Double.POSITIVE_INFINITY),
  /** at least. */
  AT_LEAST(1, Double.POSITIVE_INFINITY),
  /** less than, fewer than, under. */
  LESS_THAN(0, 1),
  /** up to. */
  UP_TO(0, 1),
  /** nearly, almost, close to. */
  NEARLY(0.9, 1),
  /** as many as. */
  AS_MANY_AS(0.5, 1);

  private final double lowFactor;
  private final double highFactor;

  Qualifier(double lowFactor, double highFactor) {
    this.lowFactor = lowFactor;
    this.highFactor = highFactor;
  }

  /** The smallest value the text allows when it states {@code low} with this qualifier. */
  public double low(double low) {
    return low * lowFactor;
  }

  /** The largest value the text allows when it states {@code high} with this qualifier. */
  public double high(double high) {
    return high == 0 && highFactor == Double.POSITIVE_INFINITY ? highFactor : high * highFactor;
  }
}
