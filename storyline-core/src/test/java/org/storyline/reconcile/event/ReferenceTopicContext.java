package org.storyline.reconcile.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link TopicContext} as it was before it kept per-mention features and compared them as sorted
 * ids: strings in hash sets and maps, every feature of a pair computed from scratch. Kept, unchanged,
 * as the reference {@code TopicContextTest} holds the fast one to, feature for feature and bit for bit;
 * only the sets of single mentions come from {@link ReferenceMentionFeatures}, where they moved unchanged.
 */
final class ReferenceTopicContext {

  /** What is known of one mention. */
  record Info(EventMention mention, int document, String key, String derivation, Set<String> keyTrigrams,
      Map<String, Double> sentence, Set<String> arguments, Set<String> years, Set<String> timeWords, Set<String> context) {}

  private final List<Info> infos = new ArrayList<>();
  private final Map<String, Map<String, Double>> documents = new HashMap<>();
  /** The documents by number (in the order of {@link #documents}' keys) and each one's number. */
  private final List<String> documentIds;
  private final Map<String, Integer> documentIndex = new HashMap<>();
  /**
   * Cosine of documents x and y as {@code cosine(x, y)} computes it, filled when first asked: every
   * pair of mentions of two documents needs it, and a document's vector holds hundreds of words.
   * Kept per ordered pair because the sum's order (over the smaller vector) can differ in the last bit.
   */
  private final double[][] documentCosines;
  private final Map<String, Set<String>> neighbours;
  /** The share of a topic's other documents that count as a document's neighbours (by cross-validation: 3, 5, 8, 12 and a third tried). */
  private static final double NEIGHBOURS = 1 / 3.0;

  ReferenceTopicContext(List<EventMention> mentions) {
    Map<String, Map<Integer, List<String>>> sentences = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      sentences.computeIfAbsent(m.document(), d -> new LinkedHashMap<>()).putIfAbsent(m.sentence(), m.sentenceTokens());
    }
    // a sentence's words and vector once, however many of its mentions and documents ask
    Map<List<String>, List<String>> wordsOf = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    Map<String, Map<String, Integer>> docCounts = new HashMap<>();
    for (Map.Entry<String, Map<Integer, List<String>>> d : sentences.entrySet()) {
      Map<String, Integer> counts = new HashMap<>();
      d.getValue().values().forEach(s -> wordsOf.computeIfAbsent(s, ReferenceMentionFeatures::words).forEach(w -> counts.merge(w, 1, Integer::sum)));
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      docCounts.put(d.getKey(), counts);
    }
    int n = sentences.size();
    docCounts.forEach((doc, counts) -> documents.put(doc, tfIdf(counts, df, n)));
    documentIds = new ArrayList<>(documents.keySet());
    for (int d = 0; d < documentIds.size(); d++) {
      documentIndex.put(documentIds.get(d), d);
    }
    documentCosines = new double[documentIds.size()][documentIds.size()];
    for (double[] row : documentCosines) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    neighbours = neighbours();
    Map<List<String>, Map<String, Double>> vectorOf = new HashMap<>();
    for (EventMention m : mentions) {
      Map<String, Double> sentence = vectorOf.computeIfAbsent(m.sentenceTokens(), tokens -> {
        Map<String, Integer> counts = new HashMap<>();
        wordsOf.computeIfAbsent(tokens, ReferenceMentionFeatures::words).forEach(w -> counts.merge(w, 1, Integer::sum));
        return tfIdf(counts, df, n);
      });
      ReferenceMentionFeatures f = ReferenceMentionFeatures.of(m);
      infos.add(new Info(m, documentIndex.get(m.document()), f.key(), f.derivation(), new HashSet<>(f.keyTrigrams()),
          sentence, new HashSet<>(f.arguments()), new HashSet<>(f.years()), new HashSet<>(f.timeWords()),
          new HashSet<>(f.context())));
    }
  }

  /** Whether one document is among the other's most similar ({@link #NEIGHBOURS}), or they are one. */
  private boolean near(String a, String b) {
    return a.equals(b) || neighbours.get(a).contains(b) || neighbours.get(b).contains(a);
  }

  private Map<String, Set<String>> neighbours() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String a : documents.keySet()) {
      List<String> others = new ArrayList<>(documents.keySet());
      others.remove(a);
      int ia = documentIndex.get(a);
      others.sort((x, y) -> {
        int c = Double.compare(documentCosine(ia, documentIndex.get(y)), documentCosine(ia, documentIndex.get(x)));
        return c != 0 ? c : x.compareTo(y);
      });
      int k = (int) Math.max(1, Math.round(others.size() * NEIGHBOURS));
      out.put(a, new HashSet<>(others.subList(0, Math.min(k, others.size()))));
    }
    return out;
  }

  private double documentCosine(int x, int y) {
    double c = documentCosines[x][y];
    if (Double.isNaN(c)) {
      c = cosine(documents.get(documentIds.get(x)), documents.get(documentIds.get(y)));
      documentCosines[x][y] = c;
    }
    return c;
  }

  private static double dice(Set<String> a, Set<String> b) {
    double j = jaccard(a, b);
    return 2 * j / (1 + j);
  }

  /** The features of mentions i and j, indexed by {@link PairFeature#ordinal()}. */
  double[] features(int i, int j) {
    Info a = infos.get(i);
    Info b = infos.get(j);
    double[] f = new double[PairFeature.COUNT];
    boolean same = a.key.equals(b.key);
    boolean lexicon = EventLexicon.related(a.key, b.key);
    boolean derivation = !same && a.derivation.equals(b.derivation);
    double docs = documentCosine(a.document, b.document);
    double sentences = cosine(a.sentence, b.sentence);
    double arguments = jaccard(a.arguments, b.arguments);
    set(f, PairFeature.BIAS, 1);
    set(f, PairFeature.SAME_LEMMA, same);
    set(f, PairFeature.LEXICON, lexicon);
    set(f, PairFeature.DERIVATION, derivation);
    set(f, PairFeature.DOCUMENT_SIMILARITY, docs);
    set(f, PairFeature.SENTENCE_SIMILARITY, sentences);
    set(f, PairFeature.ARGUMENTS, arguments);
    set(f, PairFeature.CONTEXT, jaccard(a.context, b.context));
    boolean sameDoc = a.mention.document().equals(b.mention.document());
    set(f, PairFeature.SAME_DOCUMENT, sameDoc);
    set(f, PairFeature.SAME_SENTENCE, sameDoc && a.mention.sentence() == b.mention.sentence());
    set(f, PairFeature.TIME_AGREES, timeAgrees(a, b));
    set(f, PairFeature.TIME_CONFLICTS, timeConflicts(a, b));
    set(f, PairFeature.PUBLISHED_APART, apart(a.mention.published(), b.mention.published(), 31));
    set(f, PairFeature.REPORTING, EventLexicon.reporting(a.key) && EventLexicon.reporting(b.key));
    boolean related = lexicon || derivation;
    set(f, PairFeature.SAME_LEMMA_X_DOCUMENT, same ? docs : 0);
    set(f, PairFeature.RELATED_X_DOCUMENT, related ? docs : 0);
    set(f, PairFeature.SAME_LEMMA_X_ARGUMENTS, same ? arguments : 0);
    set(f, PairFeature.MATCH_X_SENTENCE, same || related ? sentences : 0);
    set(f, PairFeature.NO_MATCH_X_DOCUMENT, same || related ? 0 : docs);
    boolean near = near(a.mention.document(), b.mention.document());
    set(f, PairFeature.LEMMA_CHARACTERS, same ? 0 : dice(a.keyTrigrams, b.keyTrigrams));
    set(f, PairFeature.NEAR_DOCUMENT, near);
    set(f, PairFeature.SAME_LEMMA_X_NEAR, same && near);
    set(f, PairFeature.RELATED_X_NEAR, related && near);
    set(f, PairFeature.SAME_LEMMA_X_CONTEXT, same ? f[PairFeature.CONTEXT.ordinal()] : 0);
    return f;
  }

  private static void set(double[] f, PairFeature feature, double value) {
    f[feature.ordinal()] = value;
  }

  private static void set(double[] f, PairFeature feature, boolean value) {
    f[feature.ordinal()] = value ? 1 : 0;
  }

  private static boolean timeAgrees(Info a, Info b) {
    if (a.mention.time().isPresent() && b.mention.time().isPresent()) {
      return a.mention.time().equals(b.mention.time());
    }
    return intersects(a.years, b.years) || intersects(a.timeWords, b.timeWords);
  }

  private static boolean timeConflicts(Info a, Info b) {
    if (a.mention.time().isPresent() && b.mention.time().isPresent()) {
      return apart(a.mention.time(), b.mention.time(), 1);
    }
    return !a.years.isEmpty() && !b.years.isEmpty() && !intersects(a.years, b.years);
  }

  private static boolean apart(Optional<LocalDate> a, Optional<LocalDate> b, int days) {
    return a.isPresent() && b.isPresent() && Math.abs(ChronoUnit.DAYS.between(a.get(), b.get())) >= days;
  }

  private static Map<String, Double> tfIdf(Map<String, Integer> counts, Map<String, Integer> df, int documents) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double idf = Math.log((1.0 + documents) / (1.0 + df.getOrDefault(e.getKey(), 0))) + 1;
      double x = (1 + Math.log(e.getValue())) * idf;
      v.put(e.getKey(), x);
      norm += x * x;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((k, x) -> x / length);
    }
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double y = large.get(e.getKey());
      if (y != null) {
        dot += e.getValue() * y;
      }
    }
    return dot;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
