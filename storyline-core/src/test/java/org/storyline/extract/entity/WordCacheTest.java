package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The per-word sums of the tagger ({@link WordCache}, {@link WordFacts}) against summing every row of every token. */
class WordCacheTest {

  private static final List<List<String>> TEXT = List.of(
      List.of("Anna", "Berg", "visited", "Oslo", "on", "Monday", "."),
      List.of("Berg", "said", "the", "visit", "to", "Oslo", "went", "well", "."),
      List.of("OSLO", "TALKS", "END"),
      List.of("Non-stop", "talks", "with", "Anna", "Berg", "'s", "team", "."));

  @Test
  void theParts_makeUpAllTheStaticRows_atEveryToken() {
    Features f = new Features(12);
    Features.Doc d = new Features.Doc(TEXT);
    int[] parts = {Features.SELF, Features.LEFT1, Features.RIGHT1, Features.LEFT2, Features.RIGHT2, Features.CONTEXT};
    for (int s = 0; s < TEXT.size(); s++) {
      for (int i = 0; i < TEXT.get(s).size(); i++) {
        int[] all = f.cachedBaseRows(d, s, i).clone();
        int[] joined = new int[0];
        for (int part : parts) {
          int[] rows = new int[Features.MAX_STATIC];
          int n = f.partRows(d, s, i, part, rows);
          joined = concat(joined, Arrays.copyOf(rows, n));
        }
        Arrays.sort(all);
        Arrays.sort(joined);
        assertThat(joined).as("token %d of sentence %d", i, s).isEqualTo(all);
      }
    }
  }

  @Property(tries = 20)
  void taggingWithKeptWordScores_givesTheTagsOfSummingEveryRow(@ForAll long seed) {
    NerModel model = randomModel(seed);
    // A document of no cache of the model's sums every row of every token; the model's own documents use its cache, cold then warm.
    int[][] direct = model.tag(new Features.Doc(TEXT));
    for (int round = 0; round < 2; round++) {
      assertThat(model.tag(new Features.Doc(TEXT, Gazetteer.EMPTY, Map.of(), model.words(), NameList.NONE))).isDeepEqualTo(direct);
    }
  }

  @Test
  void theCache_givesTheSameFactsForAWord_andNoScoresWithoutKeeping() {
    WordCache keeping = WordCache.keeping(WordClusters.NONE, WordClusters.NONE);
    assertThat(keeping.of("Oslo")).isSameAs(keeping.of("Oslo"));
    assertThat(keeping.of("Oslo").scores).isNotNull();
    WordFacts fresh = WordCache.none(WordClusters.NONE, WordClusters.NONE).of("Oslo");
    assertThat(fresh.scores).isNull();
    assertThat(fresh.knows(0, 0)).isFalse();
    assertThat(fresh.lower).isEqualTo("oslo");
    assertThat(fresh.shape).isEqualTo("Xx");
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A model of two passes with random weights over a small table, so that most rows have weights. */
  private static NerModel randomModel(long seed) {
    Features features = new Features(10);
    Random random = new Random(seed);
    float[] first = new float[features.rows() * NerModel.T];
    float[] second = new float[features.rows() * NerModel.T];
    for (int k = 0; k < first.length; k++) {
      first[k] = (float) random.nextGaussian();
      second[k] = (float) random.nextGaussian();
    }
    return new NerModel(features, Gazetteer.EMPTY, WordClusters.NONE, WordClusters.NONE, NameList.NONE, first, second);
  }
}
