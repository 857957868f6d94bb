package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The beam search of {@link NerModel} against an exhaustive search over every allowed tag sequence. */
class NerModelBeamTest {

  private static final int T = NerModel.T;
  private static final List<String> SENTENCE = List.of("Anna", "Berg", "visited", "Oslo");

  @Property(tries = 30)
  void aBeamWideEnoughForEveryTagPair_findsTheBestSequence(@ForAll long seed) {
    NerModel model = randomModel(seed).withBeam(T * T);
    int[] tags = model.tag(new Features.Doc(List.of(SENTENCE)))[0];
    Scorer scorer = new Scorer(model);
    assertThat(scorer.score(tags)).isEqualTo(scorer.best(), org.assertj.core.data.Offset.offset(1e-3f));
  }

  @Property(tries = 30)
  void anyBeam_givesAnAllowedSequence(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int width) {
    int[] tags = randomModel(seed).withBeam(width).tag(new Features.Doc(List.of(SENTENCE)))[0];
    int prev = Tags.O;
    for (int t : tags) {
      assertThat(Tags.allowed(prev, t)).isTrue();
      prev = t;
    }
    assertThat(Tags.mayEnd(prev)).isTrue();
  }

  private static NerModel randomModel(long seed) {
    Features features = new Features(10);
    float[] w = new float[features.rows() * T];
    Random random = new Random(seed);
    for (int k = 0; k < w.length; k++) {
      w[k] = (float) random.nextGaussian();
    }
    return new NerModel(features, Gazetteer.EMPTY, WordClusters.NONE, WordClusters.NONE, NameList.NONE, null, w);
  }

  /** Scores tag sequences of {@link #SENTENCE} as the model does, and finds the best by trying all. */
  private static final class Scorer {
    final float[][][][] byPair = new float[SENTENCE.size()][T][T][]; // token, prev1, prev2: the tag scores

    Scorer(NerModel model) {
      Features.Doc d = new Features.Doc(List.of(SENTENCE));
      int[] rows = new int[Features.MAX_STATIC + Features.MAX_DYNAMIC];
      for (int i = 0; i < SENTENCE.size(); i++) {
        int[] base = model.features.cachedBaseRows(d, 0, i);
        for (int p1 = 0; p1 < T; p1++) {
          for (int p2 = 0; p2 < T; p2++) {
            System.arraycopy(base, 0, rows, 0, base.length);
            int n = model.features.dynamicRows(d, 0, i, p1, p2, null, rows, base.length);
            int[] units = new int[T];
            model.weights.add(rows, 0, n, units, new int[2 * n]);
            float[] scores = new float[T];
            for (int t = 0; t < T; t++) {
              scores[t] = units[t] * model.weights.scale;
            }
            byPair[i][p1][p2] = scores;
          }
        }
      }
    }

    float score(int[] tags) {
      float sum = 0;
      int p1 = Tags.O;
      int p2 = Tags.O;
      for (int i = 0; i < tags.length; i++) {
        sum += byPair[i][p1][p2][tags[i]];
        p2 = p1;
        p1 = tags[i];
      }
      return sum;
    }

    float best() {
      return best(0, Tags.O, Tags.O, 0f);
    }

    private float best(int i, int p1, int p2, float sum) {
      if (i == SENTENCE.size()) {
        return Tags.mayEnd(p1) ? sum : Float.NEGATIVE_INFINITY;
      }
      float best = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < T; t++) {
        if (Tags.allowed(p1, t)) {
          best = Math.max(best, best(i + 1, t, p1, sum + byPair[i][p1][p2][t]));
        }
      }
      return best;
    }
  }
}
