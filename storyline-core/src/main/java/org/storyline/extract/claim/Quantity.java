package org.storyline.extract.claim;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Span;

/**
 * A number found in a text, typed: its amount as stated, its qualifier, its unit and currency.
 *
 * @param span the number phrase, with its currency sign and unit ("$250 million", "53%"); not the
 *     qualifier
 * @param amount the amount as stated
 * @param qualifier how the text hedges it
 * @param unit what it measures
 * @param currency the currency of {@link Unit#MONEY}, else empty
 * @param text the characters of {@code span}, for reading and debugging
 */
public record Quantity(Span span, Amount amount, Qualifier qualifier, Unit unit, Optional<Currency> currency, String text) {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text \"" + text + "\" does not have the length of " + span);
    }
    if (currency.isPresent() != (unit == Unit.MONEY)) {
      throw new IllegalArgumentException("a currency goes with MONEY and only with it: " + unit + " " + currency);
    }
  }

  /** The smallest value the text allows, the qualifier applied. */
  public double low() {
    return qualifier.low(amount.low());
  }

  /** The largest value the text allows, the qualifier applied; may be infinite ("more than"). */
  public double high() {
    return qualifier.high(amount.high());
  }

  /** Whether the values this quantity allows and those {@code other} allows have one in common. */
  public boolean agreesWith(Quantity other) {
    return low() <= other.high() && other.low() <= high();
  }
}
