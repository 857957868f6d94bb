package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.extract.entity.WordClusters;

/**
 * Tagging with the compact rows and the words' kept scores gives the labels of summing every row of
 * the dense tables, part by part.
 */
class TriggerModelTest {

  private static final int BITS = 12;

  /** Weights of many magnitudes, most rows empty, so that a float sum in another order would often differ in its last bit. */
  private static float[] randomTable(Random random, int width) {
    float[] w = new float[(1 << BITS) * width];
    for (int r = 0; r < 1 << BITS; r++) {
      if (random.nextInt(3) == 0) {
        for (int l = 0; l < width; l++) {
          w[r * width + l] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(5) - 2));
        }
      }
    }
    return w;
  }

  private static TriggerModel randomModel(long seed) {
    return randomModel(seed, Set.of());
  }

  private static TriggerModel randomModel(long seed, Set<String> neverEvents) {
    Random random = new Random(seed);
    float[] triggers = randomTable(random, TriggerModel.LABELS);
    return new TriggerModel(BITS, triggers, randomTable(random, TriggerModel.CLASSES), 0.7f, neverEvents,
        WordClusters.shipped());
  }

  /**
   * The labels as training sees them: every row of the dense tables, in order; then each trigger's
   * class from both tables' class scores and its lemma's other triggers in the document.
   */
  private static List<int[]> denseLabels(TriggerModel model, List<String[]> document, List<boolean[]> wanted) {
    List<TriggerFeatures.Sentence> sentences = new ArrayList<>();
    List<float[][]> own = new ArrayList<>();
    Map<String, float[]> byLemma = new HashMap<>();
    for (int k = 0; k < document.size(); k++) {
      TriggerFeatures.Sentence s = model.features.prepare(document.get(k));
      sentences.add(s);
      own.add(denseClassScores(model, s, wanted.get(k)));
      for (int i = 0; i < s.size(); i++) {
        if (own.get(k)[i] != null) {
          float[] sum = byLemma.computeIfAbsent(s.lemma[i], x -> new float[TriggerModel.CLASSES]);
          for (int l = 0; l < TriggerModel.CLASSES; l++) {
            sum[l] += own.get(k)[i][l];
          }
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < document.size(); k++) {
      int[] labels = new int[sentences.get(k).size()];
      for (int i = 0; i < labels.length; i++) {
        float[] mine = own.get(k)[i];
        if (mine != null) {
          float[] sum = byLemma.get(sentences.get(k).lemma[i]);
          float[] scores = new float[TriggerModel.CLASSES];
          for (int l = 0; l < TriggerModel.CLASSES; l++) {
            scores[l] = mine[l] + TriggerModel.SAME_LEMMA_WEIGHT * (sum[l] - mine[l]);
          }
          labels[i] = TriggerModel.best(scores) + 1;
        }
      }
      out.add(labels);
    }
    return out;
  }

  /** The class scores of each trigger of a sentence (null for other tokens), from every dense row. */
  private static float[][] denseClassScores(TriggerModel model, TriggerFeatures.Sentence s, boolean[] wanted) {
    int[] rows = new int[TriggerFeatures.MAX + TriggerFeatures.CLASS_MAX];
    int[] classRows = new int[TriggerFeatures.CLASS_MAX];
    boolean[] trigger = new boolean[s.size()];
    float[][] first = new float[s.size()][];
    for (int i = 0; i < s.size(); i++) {
      first[i] = scoreByParts(model, s, i, rows);
      first[i][0] -= model.noEventBias;
      trigger[i] = wanted[i] && TriggerModel.best(first[i]) > 0;
    }
    float[][] own = new float[s.size()][];
    for (int i = 0; i < s.size(); i++) {
      if (trigger[i]) {
        int n = model.features.wordRows(s, i, rows);
        int m = model.features.classRows(s, i, trigger, classRows);
        System.arraycopy(classRows, 0, rows, n, m);
        own[i] = TriggerModel.score(model.classWeights, rows, n + m, new float[TriggerModel.CLASSES]);
        for (int l = 0; l < TriggerModel.CLASSES; l++) {
          own[i][l] += TriggerModel.TRIGGER_CLASS_WEIGHT * first[i][l + 1];
        }
      }
    }
    return own;
  }

  /**
   * A token's trigger scores from the dense table: each part of its rows summed on its own, in order,
   * and the parts added one after another, the order that tagging's kept sums give.
   */
  private static float[] scoreByParts(TriggerModel model, TriggerFeatures.Sentence s, int i, int[] rows) {
    int[] ends = new int[TriggerFeatures.PARTS];
    model.features.rows(s, i, rows, ends);
    float[] total = new float[TriggerModel.LABELS];
    int start = 0;
    for (int end : ends) {
      float[] part = TriggerModel.score(model.weights, Arrays.copyOfRange(rows, start, end), end - start,
          new float[TriggerModel.LABELS]);
      for (int l = 0; l < total.length; l++) {
        total[l] += part[l];
      }
      start = end;
    }
    return total;
  }

  private static int[] denseLabels(TriggerModel model, String[] words, boolean[] wanted) {
    return denseLabels(model, List.<String[]>of(words), List.of(wanted)).get(0);
  }

  private static boolean[] all(String[] words) {
    boolean[] all = new boolean[words.length];
    Arrays.fill(all, true);
    return all;
  }

  @Test
  void labels_sameAsSummingEveryRowOfTheDenseTables() {
    String[] words = "The mayor said on Tuesday that the bridge , closed since May , will reopen to traffic .".split(" ");
    boolean[] all = all(words);
    int triggers = 0;
    for (long seed = 1; seed <= 20; seed++) {
      TriggerModel model = randomModel(seed);
      int[] expected = denseLabels(model, words, all);
      assertThat(model.labels(words, all)).as("seed %d", seed).containsExactly(expected);
      assertThat(model.labels(words, all)).as("seed %d, words kept", seed).containsExactly(expected);
      triggers += (int) Arrays.stream(expected).filter(l -> l > 0).count();
    }
    assertThat(triggers).as("triggers found over the seeds, so that their classes were compared").isGreaterThan(20);
  }

  @Test
  void labels_unwantedTokens_areZeroAndNotTriggersForTheOthers() {
    String[] words = "Police arrested two men after the shooting .".split(" ");
    TriggerModel model = randomModel(7);
    boolean[] some = {true, true, false, true, true, false, true, false};
    int[] got = model.labels(words, some);
    assertThat(got).containsExactly(denseLabels(model, words, some));
    for (int i = 0; i < words.length; i++) {
      if (!some[i]) {
        assertThat(got[i]).as("token %d", i).isZero();
      }
    }
  }

  @Test
  void labels_ofADocument_weighTheLemmasOtherTriggers() {
    List<String[]> document = List.of("Police arrested two men after the shooting .".split(" "),
        "They were arrested at home on Friday , police said .".split(" "),
        "Officers said the men arrested had fled .".split(" "));
    List<boolean[]> wanted = document.stream().map(TriggerModelTest::all).toList();
    int changed = 0;
    for (long seed = 1; seed <= 30; seed++) {
      TriggerModel model = randomModel(seed);
      List<int[]> got = model.labels(document, wanted);
      List<int[]> expected = denseLabels(model, document, wanted);
      for (int k = 0; k < document.size(); k++) {
        assertThat(got.get(k)).as("seed %d, sentence %d", seed, k).containsExactly(expected.get(k));
        changed += Arrays.equals(got.get(k), model.labels(document.get(k), wanted.get(k))) ? 0 : 1;
      }
    }
    assertThat(changed).as("sentences whose classes the document moved, over the seeds").isPositive();
  }

  @Test
  void labels_neverEventWords_areLabelledAsUnwantedTokensAre() {
    String[] words = "Police arrested two men after the shooting and the men fled .".split(" ");
    boolean[] all = all(words);
    boolean[] withoutMen = all(words);
    withoutMen[3] = false;
    withoutMen[9] = false;
    int menFound = 0;
    for (long seed = 1; seed <= 20; seed++) {
      TriggerModel model = randomModel(seed, Set.of("men"));
      assertThat(model.labels(words, all)).as("seed %d", seed).containsExactly(denseLabels(model, words, withoutMen));
      menFound += denseLabels(model, words, all)[3] > 0 ? 1 : 0;
    }
    assertThat(menFound).as("seeds whose model, scoring it, would take 'men' for an event").isPositive();
  }
}
