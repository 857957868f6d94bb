package org.storyline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Cross-validation of a {@link NerTrainer} on training data, so that settings are chosen without
 * scoring a development split (which then stays a measurement). The folds are fixed by a rule
 * written before any scoring: the {@code k}-th document of the file (from 0, in file order) is
 * in fold {@code k % folds}. Each fold is tagged by a model trained on the other folds; the
 * chunk counts of all folds are summed, so the figure is one micro-averaged F1 over every
 * document of the data.
 */
public final class NerCrossValidation {

  private NerCrossValidation() {}

  /** The fold of the {@code k}-th document: the rule every cross-validated figure was measured with. */
  static int fold(int k, int folds) {
    return k % folds;
  }

  /** Trains {@code folds} models, each without one fold, and scores each on the fold it did not see. */
  public static NerScores run(NerTrainer trainer, List<ConllDocument> docs, int folds, Consumer<String> progress) {
    if (folds < 2 || folds > docs.size()) {
      throw new IllegalArgumentException("folds must be in [2, " + docs.size() + "], got " + folds);
    }
    ChunkScorer all = new ChunkScorer();
    for (int f = 0; f < folds; f++) {
      List<ConllDocument> train = new ArrayList<>();
      List<ConllDocument> held = new ArrayList<>();
      for (int k = 0; k < docs.size(); k++) {
        (fold(k, folds) == f ? held : train).add(docs.get(k));
      }
      PerceptronRecognizer model = trainer.train(train, List.of(), line -> { });
      ChunkScorer one = new ChunkScorer();
      for (ConllDocument doc : held) {
        List<List<String>> guessed = NerEvaluation.tags(model, doc, NerEvaluation.Scheme.IOB1);
        for (int s = 0; s < guessed.size(); s++) {
          all.add(doc.sentences().get(s).tags(), guessed.get(s));
          one.add(doc.sentences().get(s).tags(), guessed.get(s));
        }
      }
      NerScores.Counts c = one.scores().overall();
      progress.accept(String.format(Locale.ROOT, "fold %d of %d: %d documents, F1 %.2f (P %.2f, R %.2f)",
          f + 1, folds, held.size(), 100 * c.f1(), 100 * c.precision(), 100 * c.recall()));
    }
    return all.scores();
  }
}
