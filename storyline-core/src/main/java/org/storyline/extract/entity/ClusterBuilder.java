package org.storyline.extract.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Builds {@link WordClusters} from unlabelled sentences, a cheap stand-in for Brown clustering:
 * each word of the vocabulary (its count at least {@code minCount}, case kept) is described by
 * the words seen one and two places to its left and right (the most frequent words in lower case,
 * the rest as a few classes), weighted by positive pointwise mutual information, projected at
 * random to a few hundred dimensions; spherical k-means then puts the words into the finest
 * clusters, and the cluster centres are clustered again, level by level, into coarser ones.
 * Deterministic: the same sentences and options give the same clusters.
 *
 * <pre>{@code
 * WordClusters c = ClusterBuilder.defaults().build(sentences, List.of("built from ..."), System.err::println);
 * }</pre>
 */
public final class ClusterBuilder {

  private int minCount = 3;
  private int contexts = 1000;
  private int dims = 160;
  /** Finer than the 16 to 1024 clusters first used: +0.05 and +0.3 F1 on eng.testa for two seeds; 4096 at the finest gave the same. */
  private int[] sizes = {32, 128, 512, 2048};
  private int iterations = 12;
  private long seed = 42;

  private ClusterBuilder() {}

  public static ClusterBuilder defaults() {
    return new ClusterBuilder();
  }

  /** Words seen fewer times are left out of the vocabulary. */
  public ClusterBuilder minCount(int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    this.minCount = minCount;
    return this;
  }

  /** The numbers of clusters of each level, coarse to fine, each larger than the one before. */
  public ClusterBuilder sizes(int... sizes) {
    if (sizes.length < 1) {
      throw new IllegalArgumentException("at least one level of clusters is needed");
    }
    for (int l = 0; l < sizes.length; l++) {
      if (sizes[l] < 2 || sizes[l] > 65535 || l > 0 && sizes[l] <= sizes[l - 1]) {
        throw new IllegalArgumentException("cluster sizes must grow, each in [2, 65535], got " + Arrays.toString(sizes));
      }
    }
    this.sizes = sizes.clone();
    return this;
  }

  public ClusterBuilder iterations(int iterations) {
    if (iterations < 1 || iterations > 100) {
      throw new IllegalArgumentException("iterations must be in [1, 100], got " + iterations);
    }
    this.iterations = iterations;
    return this;
  }

  public ClusterBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Clusters the words of {@code sentences}; {@code header} is kept with the clusters as comments. */
  public WordClusters build(List<List<String>> sentences, List<String> header, Consumer<String> progress) {
    Map<String, int[]> wordCount = new HashMap<>();
    Map<String, int[]> contextCount = new HashMap<>();
    long tokens = 0;
    for (List<String> s : sentences) {
      for (String raw : s) {
        String w = Features.normalise(raw);
        wordCount.computeIfAbsent(w, k -> new int[1])[0]++;
        contextCount.computeIfAbsent(Features.lowerDigits(w), k -> new int[1])[0]++;
        tokens++;
      }
    }
    List<String> vocab = frequent(wordCount, minCount, Integer.MAX_VALUE);
    if (vocab.size() < sizes[sizes.length - 1]) {
      throw new IllegalArgumentException("only " + vocab.size() + " words are seen " + minCount
          + " times or more, fewer than the " + sizes[sizes.length - 1] + " clusters asked for");
    }
    List<String> top = frequent(contextCount, 1, contexts);
    progress.accept(String.format(java.util.Locale.ROOT, "%d sentences, %d tokens, %d words in the vocabulary",
        sentences.size(), tokens, vocab.size()));
    float[][] vectors = vectors(sentences, index(vocab), index(top));
    return nest(vocab, vectors, kmeans(vectors, null, sizes[sizes.length - 1], progress), header, progress);
  }

  /**
   * Clusters given word vectors (word embeddings learnt from other text), a word's vector at the
   * same index as the word. The first {@code clustered} words (the most frequent, if the words
   * come in order of frequency) are clustered by spherical k-means; each other word then joins the
   * finest cluster whose centre is nearest, which costs one comparison per cluster instead of
   * k-means' dozen, so a long tail of rare words (names) is cheap to cover. The vectors are
   * normalised to unit length in place.
   *
   * <pre>{@code
   * WordClusters c = ClusterBuilder.defaults().build(words, vectors, 50_000, List.of("from ..."), System.err::println);
   * }</pre>
   */
  public WordClusters build(List<String> words, float[][] vectors, int clustered, List<String> header, Consumer<String> progress) {
    if (words.size() != vectors.length) {
      throw new IllegalArgumentException(words.size() + " words but " + vectors.length + " vectors");
    }
    int k = sizes[sizes.length - 1];
    if (clustered < k || clustered > words.size()) {
      throw new IllegalArgumentException("clustered must be in [" + k + ", " + words.size() + "], got " + clustered);
    }
    for (float[] v : vectors) {
      normalise(v);
    }
    float[][] head = Arrays.copyOf(vectors, clustered);
    float[][] centres = centres(head, kmeans(head, null, k, progress), k);
    int[] fine = IntStream.range(0, vectors.length).parallel().map(v -> nearest(vectors[v], centres)).toArray();
    progress.accept(String.format(java.util.Locale.ROOT, "%d words clustered, %d more joined their nearest cluster",
        clustered, vectors.length - clustered));
    return nest(words, vectors, fine, header, progress);
  }

  /** Coarser levels over the finest clusters {@code fine}: their centres clustered again, level by level. */
  private WordClusters nest(List<String> vocab, float[][] vectors, int[] fine, List<String> header, Consumer<String> progress) {
    int levels = sizes.length;
    int[][] ids = new int[levels][];
    ids[levels - 1] = fine;
    float[][] centres = centres(vectors, fine, sizes[levels - 1]);
    int[] weight = new int[centres.length];
    for (int c : fine) {
      weight[c]++;
    }
    for (int l = levels - 2; l >= 0; l--) {
      int[] parent = kmeans(centres, weight, sizes[l], progress);
      ids[l] = new int[vectors.length];
      for (int v = 0; v < vectors.length; v++) {
        ids[l][v] = parent[ids[l + 1][v]];
      }
      int[] w = new int[sizes[l]];
      for (int c = 0; c < centres.length; c++) {
        w[parent[c]] += weight[c];
      }
      centres = centres(centres, parent, sizes[l]);
      weight = w;
    }
    Map<String, int[]> out = new HashMap<>();
    for (int v = 0; v < vectors.length; v++) {
      int[] path = new int[levels];
      for (int l = 0; l < levels; l++) {
        path[l] = ids[l][v];
      }
      out.put(vocab.get(v), path);
    }
    return new WordClusters(out, levels, header);
  }

  private static List<String> frequent(Map<String, int[]> counts, int min, int limit) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= min)
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Integer> index(List<String> words) {
    Map<String, Integer> index = new HashMap<>(words.size() * 2);
    for (int k = 0; k < words.size(); k++) {
      index.put(words.get(k), k);
    }
    return index;
  }

  private static final int[] OFFSETS = {-2, -1, 1, 2};
  private static final float[] OFFSET_WEIGHT = {0.5f, 1f, 1f, 0.5f};

  /** Positive PMI context vectors, projected at random to {@code dims} dimensions, of unit length. */
  private float[][] vectors(List<List<String>> sentences, Map<String, Integer> vocab, Map<String, Integer> top) {
    int classes = top.size() + 5; // + boundary, other capitalised, other lower case, other with a digit, other
    int features = OFFSETS.length * classes;
    long[] pairs = new long[1 << 20];
    int n = 0;
    for (List<String> raw : sentences) {
      int m = raw.size();
      String[] words = new String[m];
      int[] ctx = new int[m];
      for (int i = 0; i < m; i++) {
        words[i] = Features.normalise(raw.get(i));
        ctx[i] = contextClass(words[i], top);
      }
      for (int i = 0; i < m; i++) {
        Integer v = vocab.get(words[i]);
        if (v == null) {
          continue;
        }
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          int c = j < 0 || j >= m ? top.size() : ctx[j];
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[n++] = ((long) v << 32) | (o * classes + c);
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    double[] featureCount = new double[features];
    for (int k = 0; k < n; k++) {
      featureCount[(int) pairs[k]]++;
    }
    double[] smoothed = new double[features]; // context distribution smoothing (Levy et al. 2015)
    for (int o = 0; o < OFFSETS.length; o++) {
      double total = 0;
      for (int c = 0; c < classes; c++) {
        total += Math.pow(featureCount[o * classes + c], 0.75);
      }
      for (int c = 0; c < classes; c++) {
        smoothed[o * classes + c] = Math.pow(featureCount[o * classes + c], 0.75) / total;
      }
    }
    float[] projection = new float[features * dims];
    Random random = new Random(seed);
    for (int k = 0; k < projection.length; k++) {
      projection[k] = random.nextBoolean() ? 1f : -1f;
    }
    float[][] vectors = new float[vocab.size()][dims];
    for (int k = 0; k < n; ) {
      int v = (int) (pairs[k] >>> 32);
      int end = k;
      while (end < n && (int) (pairs[end] >>> 32) == v) {
        end++;
      }
      double[] perOffset = new double[OFFSETS.length];
      for (int q = k; q < end; q++) {
        perOffset[(int) pairs[q] / classes]++;
      }
      float[] vec = vectors[v];
      for (int q = k; q < end; ) {
        int f = (int) pairs[q];
        int r = q;
        while (r < end && pairs[r] == pairs[q]) {
          r++;
        }
        int o = f / classes;
        double pmi = Math.log((r - q) / perOffset[o] / smoothed[f]);
        if (pmi > 0) {
          float value = (float) (pmi * OFFSET_WEIGHT[o]);
          int base = f * dims;
          for (int d = 0; d < dims; d++) {
            vec[d] += value * projection[base + d];
          }
        }
        q = r;
      }
      normalise(vec);
      k = end;
    }
    return vectors;
  }

  private static int contextClass(String w, Map<String, Integer> top) {
    Integer c = top.get(Features.lowerDigits(w));
    if (c != null) {
      return c;
    }
    int base = top.size() + 1;
    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
      return base;
    }
    if (Features.isLowerWord(w)) {
      return base + 1;
    }
    for (int k = 0; k < w.length(); k++) {
      if (Character.isDigit(w.charAt(k))) {
        return base + 2;
      }
    }
    return base + 3;
  }

  private static void normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  /**
   * Spherical k-means of unit vectors, optionally weighted, seeded by k-means++ with the builder's
   * seed; returns each vector's cluster.
   */
  private int[] kmeans(float[][] x, int[] weight, int k, Consumer<String> progress) {
    int n = x.length;
    int dims = x[0].length;
    Random random = new Random(seed + k);
    float[][] centres = new float[k][];
    double[] dist = new double[n];
    Arrays.fill(dist, Double.MAX_VALUE);
    centres[0] = x[random.nextInt(n)].clone();
    for (int c = 1; c < k; c++) {
      float[] last = centres[c - 1];
      double total = 0;
      for (int v = 0; v < n; v++) {
        dist[v] = Math.min(dist[v], Math.max(0, 1 - dot(x[v], last)));
        total += dist[v] * (weight == null ? 1 : weight[v]);
      }
      double pick = random.nextDouble() * total;
      int chosen = n - 1;
      for (int v = 0; v < n; v++) {
        pick -= dist[v] * (weight == null ? 1 : weight[v]);
        if (pick <= 0) {
          chosen = v;
          break;
        }
      }
      centres[c] = x[chosen].clone();
    }
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      float[][] cs = centres;
      int[] next = IntStream.range(0, n).parallel().map(v -> nearest(x[v], cs)).toArray();
      int moved = 0;
      for (int v = 0; v < n; v++) {
        moved += next[v] != assign[v] || it == 0 ? 1 : 0;
      }
      assign = next;
      float[][] sums = new float[k][dims];
      for (int v = 0; v < n; v++) {
        float w = weight == null ? 1 : weight[v];
        float[] s = sums[assign[v]];
        for (int d = 0; d < dims; d++) {
          s[d] += w * x[v][d];
        }
      }
      for (int c = 0; c < k; c++) {
        normalise(sums[c]);
        if (sums[c][0] != 0 || dot(sums[c], sums[c]) > 0) {
          centres[c] = sums[c];
        }
      }
      progress.accept(String.format(java.util.Locale.ROOT, "k-means %d clusters, iteration %d: %d moved", k, it + 1, moved));
      if (moved == 0) {
        break;
      }
    }
    return assign;
  }

  private static int nearest(float[] v, float[][] centres) {
    int best = 0;
    float bestDot = -Float.MAX_VALUE;
    for (int c = 0; c < centres.length; c++) {
      float d = dot(v, centres[c]);
      if (d > bestDot) {
        bestDot = d;
        best = c;
      }
    }
    return best;
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }

  /** The unit-length mean of each cluster's vectors. */
  private static float[][] centres(float[][] x, int[] assign, int k) {
    float[][] sums = new float[k][x[0].length];
    for (int v = 0; v < x.length; v++) {
      for (int d = 0; d < x[v].length; d++) {
        sums[assign[v]][d] += x[v][d];
      }
    }
    for (float[] s : sums) {
      normalise(s);
    }
    return sums;
  }
}
