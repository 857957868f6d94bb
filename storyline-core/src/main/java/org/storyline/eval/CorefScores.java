package org.storyline.eval;

/**
 * The standard scores of a coreference partition against a key: MUC (Vilain et al. 1995), B³
 * (Bagga and Baldwin 1998) and CEAF-e (Luo 2005, entity similarity φ4), and the CoNLL F1, their
 * mean (Pradhan et al. 2011).
 */
public record CorefScores(Prf muc, Prf bCubed, Prf ceafE) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** The mean of the three F1 scores. */
  public double conllF1() {
    return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
  }
}
