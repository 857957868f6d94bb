package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The tagger's scoring and beam against a straightforward reference: every row of every token
 * summed anew for each sequence the beam extends (no per-word, per-tag or per-table sums kept),
 * the beam a list searched and selection-sorted as the tagger's contract says. Whatever the
 * tagger keeps or reorders to be fast, its tags must be these, for both passes.
 */
class NerModelScoringTest {

  private static final int T = NerModel.T;
  private static final String[] VOCABULARY = {
    "Anna", "Berg", "visited", "Oslo", "the", "Bank", "of", "England", "ACME", "Corp", "said", ",", ".", "3-1",
    "New", "York", "von", "Leyen", "2", "in", "Anna-Lena", "U.S.", "IBM", "and", "Rotor", "beat", "coach"
  };

  @Property(tries = 60)
  void tagging_givesTheTagsOfSummingEveryRow(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int width) {
    Random random = new Random(seed);
    NerModel model = randomModel(random).withBeam(width);
    List<List<String>> first = randomDocument(random);
    List<List<String>> second = randomDocument(random);
    for (List<List<String>> sentences : List.of(first, second, first)) { // the last with the words' sums kept
      int[][] tags = model.tag(new Features.Doc(sentences, Gazetteer.EMPTY, Map.of(), model.words(), NameList.NONE));
      int[][] expected = reference(model, new Features.Doc(sentences), width);
      assertThat(tags).isDeepEqualTo(expected);
    }
  }

  @Property(tries = 300)
  void keepBest_keepsWhatTheSelectionSortKeeps_tiesIncluded(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int width) {
    Random random = new Random(seed);
    NerModel.Beam beam = new NerModel.Beam(8 * T);
    List<Item> items = new ArrayList<>();
    for (int k = random.nextInt(40); k > 0; k--) {
      float score = switch (random.nextInt(12)) {
        case 0 -> -0f;
        case 1 -> 0f;
        case 2 -> Float.NaN;
        case 3 -> (float) random.nextGaussian();
        default -> random.nextInt(6); // ties, often among the best
      };
      items.add(new Item(score, random.nextInt(T), random.nextInt(T), random.nextInt(8)));
    }
    for (int k = 0; k < items.size(); k++) {
      beam.score[k] = items.get(k).score();
      beam.last[k] = items.get(k).last();
      beam.beforeLast[k] = items.get(k).beforeLast();
      beam.parent[k] = items.get(k).parent();
    }
    beam.size = items.size();
    beam.keepBest(width);
    List<Item> kept = new ArrayList<>();
    for (int k = 0; k < beam.size; k++) {
      kept.add(new Item(beam.score[k], beam.last[k], beam.beforeLast[k], beam.parent[k]));
    }
    assertThat(kept).isEqualTo(keepBest(items, width));
  }

  private static NerModel randomModel(Random random) {
    Features features = new Features(10); // a small table: rows collide, as hashed rows do
    float[] first = new float[features.rows() * T];
    float[] second = new float[features.rows() * T];
    for (int k = 0; k < first.length; k++) {
      first[k] = random.nextInt(3) == 0 ? (float) random.nextGaussian() : 0f;
      second[k] = random.nextInt(3) == 0 ? (float) random.nextGaussian() : 0f;
    }
    return new NerModel(features, Gazetteer.EMPTY, WordClusters.NONE, WordClusters.NONE, NameList.NONE, first, second);
  }

  private static List<List<String>> randomDocument(Random random) {
    List<List<String>> sentences = new ArrayList<>();
    for (int s = 1 + random.nextInt(5); s > 0; s--) {
      List<String> words = new ArrayList<>();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        words.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      }
      sentences.add(words);
    }
    return sentences;
  }

  /** Both passes, as {@link NerModel#tag(Features.Doc)} runs them. */
  private static int[][] reference(NerModel model, Features.Doc d, int width) {
    d.firstPass(referencePass(model, d, model.first, width));
    return referencePass(model, d, model.weights, width);
  }

  private static int[][] referencePass(NerModel model, Features.Doc d, NerModel.Table table, int width) {
    Map<String, int[]> history = new HashMap<>();
    int[][] out = new int[d.sentences()][];
    for (int s = 0; s < d.sentences(); s++) {
      out[s] = referenceBeam(model.features, d, s, table, history, width);
      for (int i = 0; i < out[s].length; i++) {
        if (d.remembered(s, i)) {
          history.computeIfAbsent(d.lower[s][i], k -> new int[5])[Tags.typeIndex(out[s][i])]++;
        }
      }
    }
    return out;
  }

  /** A sequence of the beam: its score, last two tags, and the sequence it extends. */
  private record Item(float score, int last, int beforeLast, int parent) {}

  private static int[] referenceBeam(Features features, Features.Doc d, int s, NerModel.Table table,
      Map<String, int[]> history, int width) {
    int m = d.words[s].length;
    List<Item> items = List.of(new Item(0f, Tags.O, Tags.O, -1));
    List<List<Item>> steps = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      int[] hist = d.remembered(s, i) ? history.get(d.lower[s][i]) : null;
      List<Item> next = new ArrayList<>();
      for (int b = 0; b < items.size(); b++) {
        Item item = items.get(b);
        int[] rows = new int[Features.MAX_STATIC + Features.MAX_DYNAMIC];
        int n = features.staticRows(d, s, i, rows);
        n = features.dynamicRows(d, s, i, item.last(), item.beforeLast(), hist, rows, n);
        int[] units = new int[T];
        for (int k = 0; k < n; k++) {
          table.add(rows, k, k + 1, units, new int[2]);
        }
        for (int t = 0; t < T; t++) {
          if (Tags.allowed(item.last(), t) && (i < m - 1 || Tags.mayEnd(t))) {
            offer(next, new Item(item.score() + units[t] * table.scale, t, item.last(), b));
          }
        }
      }
      items = keepBest(next, width);
      steps.add(items);
    }
    int[] tags = new int[m];
    for (int i = m - 1, k = 0; i >= 0; i--) {
      tags[i] = steps.get(i).get(k).last();
      k = steps.get(i).get(k).parent();
    }
    return tags;
  }

  /** Of two sequences ending in the same two tags only the better is kept (the first of a tie), in the first one's place. */
  private static void offer(List<Item> next, Item offered) {
    for (int k = 0; k < next.size(); k++) {
      Item known = next.get(k);
      if (known.last() == offered.last() && known.beforeLast() == offered.beforeLast()) {
        if (offered.score() > known.score()) {
          next.set(k, offered);
        }
        return;
      }
    }
    next.add(offered);
  }

  /** The {@code width} best, best first: a selection sort that swaps each step's first best into place. */
  private static List<Item> keepBest(List<Item> items, int width) {
    List<Item> sorted = new ArrayList<>(items);
    int kept = Math.min(width, sorted.size());
    for (int k = 0; k < kept; k++) {
      int best = k;
      for (int j = k + 1; j < sorted.size(); j++) {
        if (sorted.get(j).score() > sorted.get(best).score()) {
          best = j;
        }
      }
      java.util.Collections.swap(sorted, k, best);
    }
    return sorted.subList(0, kept);
  }
}
