package org.storyline.extract.claim;

/**
 * A number as the text states it, before any qualifier: one value ("94,300"), a range ("1,000 to
 * 5,000", "between 10 and 20") or a vague amount ("thousands", "tens of thousands"), which is kept
 * as the range of values the word can mean.
 *
 * <p>Values are doubles: exact for every integer up to 2^53, far beyond any figure in the news.
 */
public sealed interface Amount {

  /** The smallest value stated. */
  double low();

  /** The largest value stated. */
  double high();

  /** One value: {@code low() == high() == value}. */
  record Exact(double value) implements Amount {
    public Exact {
      requireFinite(value);
    }

    @Override
    public double low() {
      return value;
    }

    @Override
    public double high() {
      return value;
    }
  }

  /** A range stated with both ends: "1,000 to 5,000". */
  record Range(double low, double high) implements Amount {
    public Range {
      requireFinite(low);
      requireFinite(high);
      if (!(low < high)) {
        throw new IllegalArgumentException("a range goes up: " + low + " to " + high);
      }
    }
  }

  /** A vague amount, e.g. "thousands" is {@code [2000, 999999]}; {@code word} is as written. */
  record Vague(double low, double high, String word) implements Amount {
    public Vague {
      requireFinite(low);
      requireFinite(high);
      if (!(low < high)) {
        throw new IllegalArgumentException("a vague amount spans a range: " + low + " to " + high);
      }
    }
  }

  private static void requireFinite(double v) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException("not a finite non-negative amount: " + v);
    }
  }
}
