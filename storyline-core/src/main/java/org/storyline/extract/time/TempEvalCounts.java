package org.storyline.extract.time;

/**
 * The counts behind TempEval-3 Task A figures for a set of documents.
 *
 * @param gold gold expressions
 * @param system system expressions
 * @param strict system expressions whose span is exactly a gold span
 * @param relaxed system expressions paired one-to-one with an overlapping gold expression
 * @param typeCorrect relaxed pairs with the same type
 * @param valueCorrect relaxed pairs with the same value
 */
public record TempEvalCounts(int gold, int system, int strict, int relaxed, int typeCorrect, int valueCorrect) {

  public static final TempEvalCounts ZERO = new TempEvalCounts(0, 0, 0, 0, 0, 0);

  public TempEvalCounts plus(TempEvalCounts o) {
    return new TempEvalCounts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
        typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Type F1: relaxed pairs with the right type, over system count (P) and gold count (R). */
  public double typeF1() {
    return f1(ratio(typeCorrect, system), ratio(typeCorrect, gold));
  }

  /** Value F1: relaxed pairs with the right value, over system count (P) and gold count (R). */
  public double valueF1() {
    return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
