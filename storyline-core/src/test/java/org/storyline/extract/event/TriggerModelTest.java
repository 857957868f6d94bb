package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.extract.entity.WordClusters;

/** Tagging with the compact rows and the words' kept scores gives the labels of summing every row of the dense table. */
class TriggerModelTest {

  private static final int BITS = 12;

  /** Weights of many magnitudes, most rows empty, so that a float sum in another order would often differ in its last bit. */
  private static TriggerModel randomModel(long seed) {
    Random random = new Random(seed);
    float[] w = new float[(1 << BITS) * TriggerModel.LABELS];
    for (int r = 0; r < 1 << BITS; r++) {
      if (random.nextInt(3) == 0) {
        for (int l = 0; l < TriggerModel.LABELS; l++) {
          w[r * TriggerModel.LABELS + l] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(5) - 2));
        }
      }
    }
    return new TriggerModel(BITS, w, 0.7f, WordClusters.shipped());
  }

  /** The labels as training sees them: every row of the dense table, in order. */
  private static int[] denseLabels(TriggerModel model, String[] words) {
    TriggerFeatures.Sentence s = model.features.prepare(words);
    int[] rows = new int[TriggerFeatures.MAX];
    float[] scores = new float[TriggerModel.LABELS];
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      TriggerModel.score(model.weights, rows, model.features.rows(s, i, rows), scores)[0] -= model.noEventBias;
      out[i] = TriggerModel.best(scores);
    }
    return out;
  }

  @Test
  void labels_sameAsSummingEveryRowOfTheDenseTable() {
    String[] words = "The mayor said on Tuesday that the bridge , closed since May , will reopen to traffic .".split(" ");
    boolean[] all = new boolean[words.length];
    java.util.Arrays.fill(all, true);
    for (long seed = 1; seed <= 20; seed++) {
      TriggerModel model = randomModel(seed);
      int[] expected = denseLabels(model, words);
      assertThat(model.labels(words, all)).as("seed %d", seed).containsExactly(expected);
      assertThat(model.labels(words, all)).as("seed %d, words kept", seed).containsExactly(expected);
    }
  }

  @Test
  void labels_unwantedTokens_areZeroAndLeaveTheOthersAlone() {
    String[] words = "Police arrested two men after the shooting .".split(" ");
    TriggerModel model = randomModel(7);
    boolean[] some = {true, true, false, true, true, false, true, false};
    int[] expected = denseLabels(model, words);
    int[] got = model.labels(words, some);
    for (int i = 0; i < words.length; i++) {
      assertThat(got[i]).as("token %d", i).isEqualTo(some[i] ? expected[i] : 0);
    }
  }
}
