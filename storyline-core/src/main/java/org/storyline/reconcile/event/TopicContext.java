package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the features of a topic's pairs need, computed once per topic: each document's and each
 * sentence's TF-IDF vector (IDF over the topic's documents), the cosines of every two documents, and
 * for every two head keys of the topic whether the lexicon or a derivation relates them and how alike
 * their letters are. A pair is then a few comparisons of short sorted arrays of ids ({@link
 * MentionFeatures}) and lookups: a block of 120 mentions has 7,140 pairs but a few dozen documents,
 * sentences and head words, whose comparisons are made once each. {@link #probabilities} finds what
 * every two mentions' names and context words, and every two sentences, share at once ({@link
 * Overlaps}), so that a pair is only lookups.
 *
 * <p>Vectors are sparse arrays in ascending word id; a cosine is summed in that order (the features
 * equal those of the plain computation over strings to about 1e-15, not to the bit: that one summed
 * in the order of hash maps).
 */
final class TopicContext {

  /** The share of a topic's other documents that count as a document's neighbours (by cross-validation: 3, 5, 8, 12 and a third tried). */
  private static final double NEIGHBOURS = 1 / 3.0;

  private final Local[] mentions;
  private final double[][] documentCosines;
  private final boolean[][] near;
  private final Vector[] sentences;
  /** Cosine of sentence vectors x and y (x &lt; y), filled when first asked; NaN until then. */
  private final double[][] sentenceCosines;
  /** For every two heads of the topic (by their index here): related by the lexicon, by a derivation, and the Dice of their trigrams. */
  private final boolean[][] lexicon;
  private final boolean[][] derivation;
  private final double[][] dice;

  /** One mention in this topic's numbering; sets as ascending ids of its vocabulary. */
  private record Local(int document, int sentence, int vector, int head, int[] arguments, int[] context, int[] years,
      int[] timeWords, boolean reporting, long published, long time) {}

  /** A TF-IDF vector: its words' ids, ascending, and their weights (unit length). */
  private record Vector(int[] ids, double[] weights) {}

  /** The words of a topic's documents (ascending ids) and the IDF of each. */
  private record Idf(int[] words, double[] idf, double unseen) {
    double of(int word) {
      int at = Arrays.binarySearch(words, word);
      return at < 0 ? unseen : idf[at];
    }
  }

  /** With every mention's features made afresh, of one new vocabulary (training, evaluation). */
  TopicContext(List<EventMention> mentions) {
    this(mentions, afresh());
  }

  /** Each mention's features made afresh, what a sentence alone gives once per sentence. */
  private static Function<EventMention, MentionFeatures> afresh() {
    Vocabulary vocabulary = new Vocabulary();
    Map<List<String>, MentionFeatures.Sentence> sentences = new HashMap<>();
    return m -> MentionFeatures.of(m, sentences.computeIfAbsent(m.sentenceTokens(),
        t -> MentionFeatures.Sentence.of(t, vocabulary)), vocabulary);
  }

  /**
   * With each mention's features from {@code features} (which may keep them from an earlier topic),
   * all of one vocabulary.
   */
  TopicContext(List<EventMention> mentions, Function<EventMention, MentionFeatures> features) {
    this(mentions, mentions.stream().map(features).toArray(MentionFeatures[]::new));
  }

  /** With each mention's features, {@code f[i]} those of mention i, all of one vocabulary. */
  TopicContext(List<EventMention> mentions, MentionFeatures[] f) {
    if (f.length != mentions.size()) {
      throw new IllegalArgumentException(f.length + " features for " + mentions.size() + " mentions");
    }
    for (int i = 0; i < f.length; i++) {
      if (f[i].vocabulary() != f[0].vocabulary()) {
        throw new IllegalArgumentException("features of two vocabularies: mention " + i + " and mention 0");
      }
    }
    // each document's words, from the first mention of each of its sentences
    Map<String, Map<Integer, MentionFeatures.Sentence>> sentencesOf = new LinkedHashMap<>();
    for (int i = 0; i < f.length; i++) {
      EventMention m = mentions.get(i);
      sentencesOf.computeIfAbsent(m.document(), d -> new LinkedHashMap<>()).putIfAbsent(m.sentence(), f[i].sentence());
    }
    List<String> documentIds = new ArrayList<>(sentencesOf.keySet());
    Map<String, Integer> documentIndex = new HashMap<>();
    long[][] counts = new long[documentIds.size()][];
    for (int d = 0; d < counts.length; d++) {
      documentIndex.put(documentIds.get(d), d);
      counts[d] = counts(sentencesOf.get(documentIds.get(d)).values());
    }
    Idf idf = idf(counts);
    int n = counts.length;
    Vector[] documents = new Vector[n];
    for (int d = 0; d < n; d++) {
      documents[d] = tfIdf(counts[d], idf);
    }
    documentCosines = new double[n][n];
    for (int x = 0; x < n; x++) {
      for (int y = x; y < n; y++) {
        documentCosines[x][y] = cosine(documents[x], documents[y]);
        documentCosines[y][x] = documentCosines[x][y];
      }
    }
    near = near(documentIds);
    Map<MentionFeatures.Sentence, Integer> vectorOf = new IdentityHashMap<>();
    List<Vector> vectors = new ArrayList<>();
    Map<Integer, Integer> headOf = new HashMap<>();
    List<Vocabulary.Head> heads = new ArrayList<>();
    this.mentions = new Local[f.length];
    for (int i = 0; i < f.length; i++) {
      MentionFeatures.Sentence sentence = f[i].sentence();
      int vector = vectorOf.computeIfAbsent(sentence, s -> {
        vectors.add(tfIdf(pack(s.words(), s.counts()), idf));
        return vectors.size() - 1;
      });
      Vocabulary.Head h = f[i].head();
      int head = headOf.computeIfAbsent(h.key(), k -> {
        heads.add(h);
        return heads.size() - 1;
      });
      EventMention m = mentions.get(i);
      this.mentions[i] = new Local(documentIndex.get(m.document()), m.sentence(), vector, head, f[i].arguments(),
          f[i].context(), sentence.years(), sentence.timeWords(), h.reporting(), f[i].published(), f[i].time());
    }
    sentences = vectors.toArray(Vector[]::new);
    sentenceCosines = new double[sentences.length][sentences.length];
    for (double[] row : sentenceCosines) {
      Arrays.fill(row, Double.NaN);
    }
    int k = heads.size();
    int[] commonTrigrams = Overlaps.common(heads.stream().map(Vocabulary.Head::trigrams).toArray(int[][]::new));
    lexicon = new boolean[k][k];
    derivation = new boolean[k][k];
    dice = new double[k][k];
    for (int x = 0; x < k; x++) {
      for (int y = x + 1; y < k; y++) {
        Vocabulary.Head a = heads.get(x);
        Vocabulary.Head b = heads.get(y);
        lexicon[x][y] = lexicon[y][x] = intersects(a.lexiconGroups(), b.lexiconGroups());
        derivation[x][y] = derivation[y][x] = a.derivation() == b.derivation();
        dice[x][y] = dice[y][x] = dice(jaccard(commonTrigrams[x * k + y], a.trigrams().length, b.trigrams().length));
      }
    }
  }

  /** A document's word counts, its sentences' summed: word id and count packed in a long, ascending. */
  private static long[] counts(Iterable<MentionFeatures.Sentence> sentences) {
    int length = 0;
    for (MentionFeatures.Sentence s : sentences) {
      length += s.words().length;
    }
    long[] all = new long[length];
    int at = 0;
    for (MentionFeatures.Sentence s : sentences) {
      long[] packed = pack(s.words(), s.counts());
      System.arraycopy(packed, 0, all, at, packed.length);
      at += packed.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (long x : all) {
      if (distinct > 0 && word(all[distinct - 1]) == word(x)) {
        all[distinct - 1] += count(x);
      } else {
        all[distinct++] = x;
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  /** Word ids (ascending, not negative) and their counts, packed: id in the high half. */
  private static long[] pack(int[] words, int[] counts) {
    long[] out = new long[words.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (long) words[i] << 32 | counts[i];
    }
    return out;
  }

  private static int word(long packed) {
    return (int) (packed >>> 32);
  }

  private static int count(long packed) {
    return (int) packed;
  }

  /** How many of the documents hold each word, as IDF: ln((1 + documents) / (1 + df)) + 1. */
  private static Idf idf(long[][] documents) {
    int length = 0;
    for (long[] d : documents) {
      length += d.length;
    }
    int[] all = new int[length];
    int at = 0;
    for (long[] d : documents) {
      for (long x : d) {
        all[at++] = word(x);
      }
    }
    Arrays.sort(all);
    int[] words = new int[length];
    double[] idf = new double[length];
    int distinct = 0;
    for (int i = 0; i < length; ) {
      int j = i;
      while (j < length && all[j] == all[i]) {
        j++;
      }
      words[distinct] = all[i];
      idf[distinct++] = Math.log((1.0 + documents.length) / (1.0 + (j - i))) + 1;
      i = j;
    }
    return new Idf(Arrays.copyOf(words, distinct), Arrays.copyOf(idf, distinct),
        Math.log(1.0 + documents.length) + 1);
  }

  /** The unit TF-IDF vector of packed word counts (ascending ids): TF is 1 + ln(count). */
  private static Vector tfIdf(long[] counts, Idf idf) {
    int[] ids = new int[counts.length];
    double[] weights = new double[counts.length];
    double norm = 0;
    for (int i = 0; i < counts.length; i++) {
      ids[i] = word(counts[i]);
      double x = (1 + Math.log(count(counts[i]))) * idf.of(ids[i]);
      weights[i] = x;
      norm += x * x;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] /= length;
      }
    }
    return new Vector(ids, weights);
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

  /**
   * The model's probability for every pair, {@code p[i][j] == p[j][i]}, the diagonal 0: what {@code
   * model.probability(features(i, j))} gives, to about 1e-15 (the weighted sum is added up in another
   * order). What depends on the two heads alone (match, lexicon, letters, saying) or on the two
   * documents and the kind of match (similarity, near) is weighed once per pair of heads or documents,
   * so that a pair of mentions adds a few terms.
   */
  double[][] probabilities(EventCorefModel model) {
    Weights w = new Weights(model.weights());
    int heads = lexicon.length;
    int[] match = new int[heads * heads];
    double[] byHeads = new double[heads * heads];
    double bias = w.of(PairFeature.BIAS);
    double lexiconWeight = w.of(PairFeature.LEXICON);
    double derivationWeight = w.of(PairFeature.DERIVATION);
    double characters = w.of(PairFeature.LEMMA_CHARACTERS);
    for (int x = 0; x < heads; x++) {
      match[x * heads + x] = SAME;
      byHeads[x * heads + x] = bias + w.of(PairFeature.SAME_LEMMA);
      for (int y = x + 1; y < heads; y++) {
        // both ways round alike: lexicon, derivation and dice are symmetric
        match[x * heads + y] = match[y * heads + x] = lexicon[x][y] || derivation[x][y] ? RELATED : NONE;
        byHeads[x * heads + y] = byHeads[y * heads + x] = bias + (lexicon[x][y] ? lexiconWeight : 0)
            + (derivation[x][y] ? derivationWeight : 0) + characters * dice[x][y];
      }
    }
    int documents = near.length;
    double[] byDocuments = new double[3 * documents * documents];
    for (int m = SAME; m <= NONE; m++) {
      for (int x = 0; x < documents; x++) {
        for (int y = 0; y < documents; y++) {
          byDocuments[(m * documents + x) * documents + y] = documentCosines[x][y] * w.document[m]
              + (near[x][y] ? w.near[m] : 0) + (x == y ? w.of(PairFeature.SAME_DOCUMENT) : 0);
        }
      }
    }
    int n = mentions.length;
    int[] arguments = Overlaps.common(sets(Local::arguments));
    int[] context = Overlaps.common(sets(Local::context));
    SentencePairs sentencePairs = new SentencePairs();
    double[] cosines = sentencePairs.cosines;
    byte[] times = sentencePairs.times;
    int vectors = sentences.length;
    double reporting = w.of(PairFeature.REPORTING);
    double sameSentence = w.of(PairFeature.SAME_SENTENCE);
    double timeAgrees = w.of(PairFeature.TIME_AGREES);
    double timeConflicts = w.of(PairFeature.TIME_CONFLICTS);
    double publishedApart = w.of(PairFeature.PUBLISHED_APART);
    double[] sentence = w.sentence;
    double[] argument = w.arguments;
    double[] contextWeight = w.context;
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      Local a = mentions[i];
      int headRow = a.head * heads;
      int vectorRow = a.vector * vectors;
      boolean timed = a.time != MentionFeatures.NO_DAY;
      double[] row = p[i];
      for (int j = i + 1; j < n; j++) {
        Local b = mentions[j];
        int m = match[headRow + b.head];
        int v = vectorRow + b.vector;
        double z = byHeads[headRow + b.head] + byDocuments[(m * documents + a.document) * documents + b.document]
            + sentence[m] * cosines[v]
            + argument[m] * jaccard(arguments[i * n + j], a.arguments.length, b.arguments.length)
            + contextWeight[m] * jaccard(context[i * n + j], a.context.length, b.context.length);
        if (a.reporting && b.reporting) {
          z += reporting;
        }
        if (a.document == b.document && a.sentence == b.sentence) {
          z += sameSentence;
        }
        // timeAgrees and timeConflicts: the two days when both are known, else what the two sentences name
        boolean days = timed && b.time != MentionFeatures.NO_DAY;
        if (days ? a.time == b.time : (times[v] & (SHARE_YEAR | SHARE_TIME_WORD)) != 0) {
          z += timeAgrees;
        }
        if (days ? apart(a.time, b.time, 1) : (times[v] & (BOTH_YEARS | SHARE_YEAR)) == BOTH_YEARS) {
          z += timeConflicts;
        }
        if (apart(a.published, b.published, 31)) {
          z += publishedApart;
        }
        row[j] = 1 / (1 + Math.exp(-z));
        p[j][i] = row[j];
      }
    }
    return p;
  }

  /** One set of each mention, in mention order. */
  private int[][] sets(Function<Local, int[]> set) {
    int[][] out = new int[mentions.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = set.apply(mentions[i]);
    }
    return out;
  }

  /** Flags of two sentences ({@link SentencePairs#times}): they name a year in common, a month or weekday in common, both name years. */
  private static final byte SHARE_YEAR = 1;
  private static final byte SHARE_TIME_WORD = 2;
  private static final byte BOTH_YEARS = 4;

  /**
   * What every two of the topic's sentence vectors x, y share, read at {@code [x * count + y]} both
   * ways round: their cosines (found at once, {@link Overlaps}), and flags of the times they name;
   * {@link #timeAgrees} and {@link #timeConflicts} of two mentions without both days read these.
   */
  private final class SentencePairs {
    final double[] cosines;
    final byte[] times;

    SentencePairs() {
      int count = sentences.length;
      int[][] ids = new int[count][];
      double[][] weights = new double[count][];
      for (int v = 0; v < count; v++) {
        ids[v] = sentences[v].ids;
        weights[v] = sentences[v].weights;
      }
      int[][] years = new int[count][];
      int[][] timeWords = new int[count][];
      for (Local m : mentions) {
        years[m.vector] = m.years;
        timeWords[m.vector] = m.timeWords;
      }
      cosines = Overlaps.dots(ids, weights);
      times = new byte[count * count];
      for (int x = 0; x < count; x++) {
        for (int y = x; y < count; y++) {
          // most sentences name no year and no month: these sets are short or empty
          boolean year = intersects(years[x], years[y]);
          boolean timeWord = intersects(timeWords[x], timeWords[y]);
          boolean both = years[x].length > 0 && years[y].length > 0;
          times[x * count + y] = (byte) ((year ? SHARE_YEAR : 0) | (timeWord ? SHARE_TIME_WORD : 0) | (both ? BOTH_YEARS : 0));
          // both ways round alike
          times[y * count + x] = times[x * count + y];
          cosines[y * count + x] = cosines[x * count + y];
        }
      }
    }
  }

  /** Kinds of match of two heads: what the conjunctions of {@link PairFeature} weigh by. */
  private static final int SAME = 0;
  private static final int RELATED = 1;
  private static final int NONE = 2;

  /** A model's weights, and the sums the conjunctions make of them for each kind of match. */
  private static final class Weights {
    private final double[] weights;
    final double[] document = new double[3];
    final double[] near = new double[3];
    final double[] sentence = new double[3];
    final double[] arguments = new double[3];
    final double[] context = new double[3];

    Weights(double[] weights) {
      this.weights = weights;
      for (int m = SAME; m <= NONE; m++) {
        document[m] = of(PairFeature.DOCUMENT_SIMILARITY) + of(m == SAME ? PairFeature.SAME_LEMMA_X_DOCUMENT
            : m == RELATED ? PairFeature.RELATED_X_DOCUMENT : PairFeature.NO_MATCH_X_DOCUMENT);
        near[m] = of(PairFeature.NEAR_DOCUMENT) + (m == SAME ? of(PairFeature.SAME_LEMMA_X_NEAR)
            : m == RELATED ? of(PairFeature.RELATED_X_NEAR) : 0);
        sentence[m] = of(PairFeature.SENTENCE_SIMILARITY) + (m == NONE ? 0 : of(PairFeature.MATCH_X_SENTENCE));
        arguments[m] = of(PairFeature.ARGUMENTS) + (m == SAME ? of(PairFeature.SAME_LEMMA_X_ARGUMENTS) : 0);
        context[m] = of(PairFeature.CONTEXT) + (m == SAME ? of(PairFeature.SAME_LEMMA_X_CONTEXT) : 0);
      }
    }

    double of(PairFeature f) {
      return weights[f.ordinal()];
    }
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
    boolean same = a.head == b.head;
    boolean lexicon = !same && this.lexicon[a.head][b.head];
    boolean derivation = !same && this.derivation[a.head][b.head];
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
    set(f, PairFeature.LEMMA_CHARACTERS, same ? 0 : dice[a.head][b.head]);
    set(f, PairFeature.NEAR_DOCUMENT, near);
    set(f, PairFeature.SAME_LEMMA_X_NEAR, same && near);
    set(f, PairFeature.RELATED_X_NEAR, related && near);
    set(f, PairFeature.SAME_LEMMA_X_CONTEXT, same ? context : 0);
  }

  private double sentenceCosine(int x, int y) {
    if (x > y) {
      return sentenceCosine(y, x);
    }
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

  /** The dot product of two unit vectors, over the words they share (in ascending id). */
  private static double cosine(Vector a, Vector b) {
    int[] x = a.ids;
    int[] y = b.ids;
    double dot = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        dot += a.weights[i++] * b.weights[j++];
      }
    }
    return dot;
  }

  /** The Dice coefficient of two sets whose Jaccard is j. */
  private static double dice(double j) {
    return 2 * j / (1 + j);
  }

  private static double jaccard(int[] a, int[] b) {
    return a.length == 0 || b.length == 0 ? 0 : jaccard(common(a, b), a.length, b.length);
  }

  /** The Jaccard of two sets of these sizes that share {@code common} ids (0 when one is empty). */
  private static double jaccard(int common, int a, int b) {
    return a == 0 || b == 0 ? 0 : (double) common / (a + b - common);
  }

  private static boolean intersects(int[] a, int[] b) {
    return a.length > 0 && b.length > 0 && common(a, b) > 0;
  }

  /** How many ids two ascending arrays share. */
  static int common(int[] a, int[] b) {
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
}
