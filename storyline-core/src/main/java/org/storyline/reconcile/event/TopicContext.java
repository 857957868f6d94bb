package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the features of a topic's pairs need, computed once per topic: each document's and each
 * sentence's TF-IDF vector (IDF over the topic's documents), and each mention's {@link
 * MentionFeatures} as ids of this topic. A pair is then a few comparisons of short sorted arrays of
 * ids and two cosines looked up: a block of 120 mentions has 7,140 pairs but a few dozen documents
 * and sentences, whose cosines are computed once each.
 *
 * <p>Every feature is the one the plain computation over strings (sets and maps of words) gives,
 * bit for bit: a vector's norm is summed in the order of the hash map of word counts it is made
 * from, and a cosine over the smaller vector's words in the order of the hash map that held that
 * vector, so that a merge decided on a tie or at the threshold falls as it always did.
 */
final class TopicContext {

  /** The share of a topic's other documents that count as a document's neighbours (by cross-validation: 3, 5, 8, 12 and a third tried). */
  private static final double NEIGHBOURS = 1 / 3.0;

  private final Local[] mentions;
  private final Vector[] documents;
  private final double[][] documentCosines;
  private final boolean[][] near;
  private final Vector[] sentences;
  /** Cosine of sentence vectors x and y, {@code cosine(x, y)}, filled when first asked; NaN until then. */
  private final double[][] sentenceCosines;

  /** One mention in this topic's ids; sets as ascending ids. */
  private record Local(int document, int sentence, int vector, int key, int derivation, int[] trigrams, int[] arguments,
      int[] context, int[] years, int[] timeWords, int[] lexicon, boolean reporting, long published, long time) {}

  /** A TF-IDF vector: its words' ids and weights in the order its hash map held them, and the same sorted by id, for look-ups. */
  private record Vector(int[] ids, double[] weights, int[] sortedIds, double[] sortedWeights) {
    /** The weight of word {@code id}, or NaN when the vector has none (weights are positive). */
    double weight(int id) {
      int at = Arrays.binarySearch(sortedIds, id);
      return at < 0 ? Double.NaN : sortedWeights[at];
    }
  }

  /** With every mention's features made afresh (training, evaluation). */
  TopicContext(List<EventMention> mentions) {
    this(mentions, sentencesOnce());
  }

  /** Each mention's features made afresh, what a sentence alone gives once per sentence. */
  private static Function<EventMention, MentionFeatures> sentencesOnce() {
    Map<List<String>, MentionFeatures.Sentence> sentences = new HashMap<>();
    return m -> MentionFeatures.of(m, sentences.computeIfAbsent(m.sentenceTokens(), MentionFeatures.Sentence::of));
  }

  /** With each mention's features from {@code features} (which may keep them from an earlier topic). */
  TopicContext(List<EventMention> mentions, Function<EventMention, MentionFeatures> features) {
    MentionFeatures[] f = new MentionFeatures[mentions.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = features.apply(mentions.get(i));
    }
    Ids ids = new Ids();
    // each document's words, from the first mention of each of its sentences
    Map<String, Map<Integer, List<String>>> sentencesOf = new LinkedHashMap<>();
    for (int i = 0; i < f.length; i++) {
      EventMention m = mentions.get(i);
      sentencesOf.computeIfAbsent(m.document(), d -> new LinkedHashMap<>()).putIfAbsent(m.sentence(), f[i].sentenceWords());
    }
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Integer>> documentCounts = new ArrayList<>();
    Map<String, Integer> documentIndex = new HashMap<>();
    for (Map.Entry<String, Map<Integer, List<String>>> d : sentencesOf.entrySet()) {
      Map<String, Integer> counts = new HashMap<>();
      d.getValue().values().forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      documentIndex.put(d.getKey(), documentCounts.size());
      documentCounts.add(counts);
    }
    int n = documentCounts.size();
    documents = documentCounts.stream().map(counts -> tfIdf(counts, df, n, ids)).toArray(Vector[]::new);
    documentCosines = new double[n][n];
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        documentCosines[x][y] = cosine(documents[x], documents[y]);
      }
    }
    near = near(new ArrayList<>(sentencesOf.keySet()));
    Map<List<String>, Integer> vectorOf = new HashMap<>();
    List<Vector> vectors = new ArrayList<>();
    this.mentions = new Local[f.length];
    for (int i = 0; i < f.length; i++) {
      List<String> words = f[i].sentenceWords();
      int vector = vectorOf.computeIfAbsent(words, w -> {
        Map<String, Integer> counts = new HashMap<>();
        w.forEach(x -> counts.merge(x, 1, Integer::sum));
        vectors.add(tfIdf(counts, df, n, ids));
        return vectors.size() - 1;
      });
      this.mentions[i] = local(mentions.get(i), f[i], documentIndex.get(mentions.get(i).document()), vector, ids);
    }
    sentences = vectors.toArray(Vector[]::new);
    sentenceCosines = new double[sentences.length][sentences.length];
    for (double[] row : sentenceCosines) {
      Arrays.fill(row, Double.NaN);
    }
  }

  private static Local local(EventMention m, MentionFeatures f, int document, int vector, Ids ids) {
    return new Local(document, m.sentence(), vector, ids.of(f.key()), ids.of(f.derivation()), ids.sorted(f.keyTrigrams()),
        ids.sorted(f.arguments()), ids.sorted(f.context()), ids.sorted(f.years()), ids.sorted(f.timeWords()),
        f.lexiconGroups(), f.reporting(), f.published(), f.time());
  }

  /**
   * Whether two documents are near: one is among the other's most similar ({@link #NEIGHBOURS};
   * ties to the smaller id), or they are one.
   */
  private boolean[][] near(List<String> documentIds) {
    int n = documentIds.size();
    boolean[][] out = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      out[a][a] = true;
      double[] cosines = documentCosines[a];
      List<Integer> others = new ArrayList<>(n);
      for (int b = 0; b < n; b++) {
        if (b != a) {
          others.add(b);
        }
      }
      others.sort((x, y) -> {
        int c = Double.compare(cosines[y], cosines[x]);
        return c != 0 ? c : documentIds.get(x).compareTo(documentIds.get(y));
      });
      int k = (int) Math.max(1, Math.round(others.size() * NEIGHBOURS));
      for (int b : others.subList(0, Math.min(k, others.size()))) {
        out[a][b] = true;
        out[b][a] = true;
      }
    }
    return out;
  }

  /** The features of mentions i and j, indexed by {@link PairFeature#ordinal()}. */
  double[] features(int i, int j) {
    double[] f = new double[PairFeature.COUNT];
    features(i, j, f);
    return f;
  }

  /** The features of mentions i and j into {@code f}, indexed by {@link PairFeature#ordinal()}. */
  void features(int i, int j, double[] f) {
    Local a = mentions[i];
    Local b = mentions[j];
    boolean same = a.key == b.key;
    boolean lexicon = !same && intersects(a.lexicon, b.lexicon);
    boolean derivation = !same && a.derivation == b.derivation;
    double docs = documentCosines[a.document][b.document];
    double sentences = sentenceCosine(a.vector, b.vector);
    double arguments = jaccard(a.arguments, b.arguments);
    double context = jaccard(a.context, b.context);
    boolean sameDoc = a.document == b.document;
    boolean related = lexicon || derivation;
    boolean near = this.near[a.document][b.document];
    set(f, PairFeature.BIAS, 1);
    set(f, PairFeature.SAME_LEMMA, same);
    set(f, PairFeature.LEXICON, lexicon);
    set(f, PairFeature.DERIVATION, derivation);
    set(f, PairFeature.DOCUMENT_SIMILARITY, docs);
    set(f, PairFeature.SENTENCE_SIMILARITY, sentences);
    set(f, PairFeature.ARGUMENTS, arguments);
    set(f, PairFeature.CONTEXT, context);
    set(f, PairFeature.SAME_DOCUMENT, sameDoc);
    set(f, PairFeature.SAME_SENTENCE, sameDoc && a.sentence == b.sentence);
    set(f, PairFeature.TIME_AGREES, timeAgrees(a, b));
    set(f, PairFeature.TIME_CONFLICTS, timeConflicts(a, b));
    set(f, PairFeature.PUBLISHED_APART, apart(a.published, b.published, 31));
    set(f, PairFeature.REPORTING, a.reporting && b.reporting);
    set(f, PairFeature.SAME_LEMMA_X_DOCUMENT, same ? docs : 0);
    set(f, PairFeature.RELATED_X_DOCUMENT, related ? docs : 0);
    set(f, PairFeature.SAME_LEMMA_X_ARGUMENTS, same ? arguments : 0);
    set(f, PairFeature.MATCH_X_SENTENCE, same || related ? sentences : 0);
    set(f, PairFeature.NO_MATCH_X_DOCUMENT, same || related ? 0 : docs);
    set(f, PairFeature.LEMMA_CHARACTERS, same ? 0 : dice(a.trigrams, b.trigrams));
    set(f, PairFeature.NEAR_DOCUMENT, near);
    set(f, PairFeature.SAME_LEMMA_X_NEAR, same && near);
    set(f, PairFeature.RELATED_X_NEAR, related && near);
    set(f, PairFeature.SAME_LEMMA_X_CONTEXT, same ? context : 0);
  }

  private double sentenceCosine(int x, int y) {
    double c = sentenceCosines[x][y];
    if (Double.isNaN(c)) {
      c = cosine(sentences[x], sentences[y]);
      sentenceCosines[x][y] = c;
    }
    return c;
  }

  private static void set(double[] f, PairFeature feature, double value) {
    f[feature.ordinal()] = value;
  }

  private static void set(double[] f, PairFeature feature, boolean value) {
    f[feature.ordinal()] = value ? 1 : 0;
  }

  private static boolean timeAgrees(Local a, Local b) {
    if (a.time != MentionFeatures.NO_DAY && b.time != MentionFeatures.NO_DAY) {
      return a.time == b.time;
    }
    return intersects(a.years, b.years) || intersects(a.timeWords, b.timeWords);
  }

  private static boolean timeConflicts(Local a, Local b) {
    if (a.time != MentionFeatures.NO_DAY && b.time != MentionFeatures.NO_DAY) {
      return apart(a.time, b.time, 1);
    }
    return a.years.length > 0 && b.years.length > 0 && !intersects(a.years, b.years);
  }

  private static boolean apart(long a, long b, int days) {
    return a != MentionFeatures.NO_DAY && b != MentionFeatures.NO_DAY && Math.abs(b - a) >= days;
  }

  /**
   * The TF-IDF vector of {@code counts}: its norm summed in the counts' order, its weights kept in
   * the order of the hash map of weights the plain computation held them in (the order a cosine sums in).
   */
  private static Vector tfIdf(Map<String, Integer> counts, Map<String, Integer> df, int documents, Ids ids) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double idf = Math.log((1.0 + documents) / (1.0 + df.getOrDefault(e.getKey(), 0))) + 1;
      double x = (1 + Math.log(e.getValue())) * idf;
      v.put(e.getKey(), x);
      norm += x * x;
    }
    double length = Math.sqrt(norm);
    int[] order = new int[v.size()];
    double[] weights = new double[v.size()];
    int k = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      order[k] = ids.of(e.getKey());
      weights[k++] = length > 0 ? e.getValue() / length : e.getValue();
    }
    long[] byId = new long[order.length]; // id and position, ids ascending (ids are not negative)
    for (int i = 0; i < byId.length; i++) {
      byId[i] = (long) order[i] << 32 | i;
    }
    Arrays.sort(byId);
    int[] sortedIds = new int[order.length];
    double[] sortedWeights = new double[order.length];
    for (int i = 0; i < byId.length; i++) {
      sortedIds[i] = (int) (byId[i] >>> 32);
      sortedWeights[i] = weights[(int) byId[i]];
    }
    return new Vector(order, weights, sortedIds, sortedWeights);
  }

  /** The dot product, summed over the smaller vector's words in its order (the first vector's when they are as long). */
  private static double cosine(Vector a, Vector b) {
    Vector small = a.ids.length <= b.ids.length ? a : b;
    Vector large = small == a ? b : a;
    double dot = 0;
    for (int k = 0; k < small.ids.length; k++) {
      double y = large.weight(small.ids[k]);
      if (!Double.isNaN(y)) {
        dot += small.weights[k] * y;
      }
    }
    return dot;
  }

  private static double dice(int[] a, int[] b) {
    double j = jaccard(a, b);
    return 2 * j / (1 + j);
  }

  private static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = common(a, b);
    return (double) common / (a.length + b.length - common);
  }

  private static boolean intersects(int[] a, int[] b) {
    return a.length > 0 && b.length > 0 && common(a, b) > 0;
  }

  /** How many ids two ascending arrays share. */
  private static int common(int[] a, int[] b) {
    int common = 0;
    for (int x = 0, y = 0; x < a.length && y < b.length; ) {
      if (a[x] < b[y]) {
        x++;
      } else if (a[x] > b[y]) {
        y++;
      } else {
        common++;
        x++;
        y++;
      }
    }
    return common;
  }

  /** Numbers the strings of one topic: equal strings, equal ids. */
  private static final class Ids {
    private final Map<String, Integer> ids = new HashMap<>();

    int of(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = ids.size();
        ids.put(s, id);
      }
      return id;
    }

    /** The ids of distinct strings, ascending. */
    int[] sorted(List<String> distinct) {
      int[] out = new int[distinct.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = of(distinct.get(i));
      }
      Arrays.sort(out);
      return out;
    }
  }
}
