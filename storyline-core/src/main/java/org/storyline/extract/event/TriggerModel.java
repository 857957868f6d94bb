package org.storyline.extract.event;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.extract.entity.WordClusters;

/**
 * The trigger tagger's weights, two tables of hashed feature rows. The first finds the triggers:
 * one row of {@link #LABELS} scores per feature, label 0 meaning "no event" and label {@code c + 1}
 * the event class of ordinal {@code c}; each token is labelled on its own (TimeML events are single
 * words), by the highest summed score. The second gives each trigger found its class: one row of
 * {@link #CLASSES} scores per feature, over the trigger's word features ({@link
 * TriggerFeatures#wordRows}) and {@link TriggerFeatures#classRows}, which see the other triggers of
 * the sentence; the context it shares with the first table is left to the first table's class
 * scores, which are added, and kept out of the second, which tagging would have to read again. Trained on events only,
 * it learns what tells the classes apart rather than what tells an event from a word. A trigger's
 * class is the best of the sum of both tables' class scores and, in a document, a part of those of
 * its lemma's other triggers there.
 */
final class TriggerModel {

  private static final int MAGIC = 0x534C4556; // "SLEV"
  static final int CLASSES = EventClass.values().length;
  static final int LABELS = CLASSES + 1;

  final int bits;
  final float[] weights;
  final float[] classWeights;
  /**
   * Subtracted from the "no event" score before the best label is taken: above 0 it trades
   * precision for recall (the perceptron, trained for accuracy, finds too few events for F1).
   */
  final float noEventBias;
  /**
   * Words (lower-cased) that training saw often and never as an event ({@link
   * TriggerTrainer#neverEventAt}): labelled "no event" without being scored.
   */
  final Set<String> neverEvents;
  final TriggerFeatures features;
  /** The rows of {@link #weights} and of {@link #classWeights} that hold a weight, kept compact for tagging. */
  private final UsedRows used;
  private final UsedRows classUsed;
  /** The words this model has tagged, with their scores ({@link KnownWord}). */
  private final ConcurrentHashMap<String, KnownWord> words = new ConcurrentHashMap<>();
  /** What stands beyond the ends of a sentence, as a neighbour. */
  private final KnownWord boundary;
  /** The scores of {@link TriggerFeatures#positionRows}: not first and first, each lower-case and capitalised. */
  private final float[] position = new float[4 * LABELS];

  /** At most this many words are kept (some 600 bytes each with their kept sums). */
  static final int WORD_CAPACITY = 1 << 15;

  TriggerModel(int bits, float[] weights, float[] classWeights, float noEventBias, Set<String> neverEvents,
      WordClusters clusters) {
    expectSize(weights, (1 << bits) * LABELS, "trigger");
    expectSize(classWeights, (1 << bits) * CLASSES, "class");
    this.bits = bits;
    this.weights = weights;
    this.classWeights = classWeights;
    this.noEventBias = noEventBias;
    this.neverEvents = Set.copyOf(neverEvents);
    this.features = new TriggerFeatures(clusters, bits);
    this.used = UsedRows.of(weights, LABELS);
    this.classUsed = UsedRows.of(classWeights, CLASSES);
    this.boundary = knownWord(TriggerFeatures.BOUNDARY_WORD, 0);
    int[] rows = new int[1];
    for (int k = 0; k < 4; k++) {
      addPart(position, k * LABELS, rows, features.positionRows(k >= 2, k % 2 == 1, rows, 0));
    }
  }

  private static void expectSize(float[] table, int size, String name) {
    if (table.length != size) {
      throw new IllegalArgumentException("expected " + size + " " + name + " weights, got " + table.length);
    }
  }

  /**
   * The weight of the trigger table's class scores beside the class table's: the two tables, trained
   * on different examples, err on different words, and their sum classes better than either (5-fold
   * cross-validation, docs/event-mentions.md).
   */
  static final float TRIGGER_CLASS_WEIGHT = 1f;
  /**
   * The weight of the class scores of a lemma's other triggers in the document beside a trigger's
   * own: a word that recurs in a document keeps its class there (94% of TempEval-3's recurring
   * event words do), which the tagger, one token at a time, does not see.
   */
  static final float SAME_LEMMA_WEIGHT = 0.3f;

  /**
   * Labels of every token of a sentence of {@code words} for which {@code wanted} is true; 0 for
   * the others. Whether a token is a trigger is decided on its own, so the others' labels change
   * nothing there; a trigger's class depends on which other wanted tokens are triggers.
   */
  int[] labels(String[] words, boolean[] wanted) {
    return labels(Collections.singletonList(words), Collections.singletonList(wanted)).get(0);
  }

  /**
   * The labels of each sentence of a document, as {@link #labels(String[], boolean[])} gives them
   * but for the class of a trigger, weighed with the class scores of its lemma's other triggers in
   * the document ({@link #SAME_LEMMA_WEIGHT}).
   */
  List<int[]> labels(List<String[]> sentences, List<boolean[]> wanted) {
    return tagDocument(sentences, wanted).stream().map(Labels::labels).toList();
  }

  /**
   * A sentence's {@link #labels} with the lower-cased forms and lemmas of its words that tagging
   * read, and their word lists ({@link EventAttributes#lexicon}), kept per word with the rest.
   */
  record Labels(int[] labels, String[] lower, String[] lemma, int[] lexicon) {}

  /** {@link #labels(List, List)} with each sentence's lower-cased words and lemmas, so that no caller computes them again. */
  List<Labels> tagDocument(List<String[]> sentences, List<boolean[]> wanted) {
    List<Tagged> tagged = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      tagged.add(tag(sentences.get(k), wanted.get(k)));
    }
    Map<String, float[]> byLemma = scoresByLemma(tagged);
    List<Labels> out = new ArrayList<>();
    for (Tagged t : tagged) {
      out.add(new Labels(classes(t, byLemma), t.lower, t.lemma, t.lexicon));
    }
    return out;
  }

  /** A sentence's lower-cased words, lemmas, word lists and the class scores of each trigger (null for other tokens). */
  private record Tagged(String[] lower, String[] lemma, int[] lexicon, float[][] classScores) {}

  /** The summed class scores of each lemma's triggers. */
  private static Map<String, float[]> scoresByLemma(List<Tagged> tagged) {
    Map<String, float[]> byLemma = new HashMap<>();
    for (Tagged t : tagged) {
      for (int i = 0; i < t.lemma.length; i++) {
        if (t.classScores[i] != null) {
          float[] sum = byLemma.computeIfAbsent(t.lemma[i], x -> new float[CLASSES]);
          for (int l = 0; l < CLASSES; l++) {
            sum[l] += t.classScores[i][l];
          }
        }
      }
    }
    return byLemma;
  }

  /** The label of each token of a tagged sentence: 0, or 1 + the class its own and its lemma's other scores give. */
  private static int[] classes(Tagged t, Map<String, float[]> byLemma) {
    int[] labels = new int[t.lemma.length];
    float[] scores = new float[CLASSES];
    for (int i = 0; i < labels.length; i++) {
      float[] own = t.classScores[i];
      if (own != null) {
        float[] sum = byLemma.get(t.lemma[i]);
        for (int l = 0; l < CLASSES; l++) {
          scores[l] = own[l] + SAME_LEMMA_WEIGHT * (sum[l] - own[l]);
        }
        labels[i] = best(scores) + 1;
      }
    }
    return labels;
  }

  /** Finds the triggers of a sentence with the trigger table, then scores their classes. */
  private Tagged tag(String[] words, boolean[] wanted) {
    TriggerFeatures.Word[] forms = new TriggerFeatures.Word[words.length];
    KnownWord[] known = new KnownWord[words.length];
    int[] lexicon = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      known[i] = known(words[i]);
      forms[i] = known[i].word;
      lexicon[i] = known[i].lexicon;
    }
    TriggerFeatures.Sentence s = TriggerFeatures.prepare(words, forms);
    float[][] firstScores = new float[s.size()][];
    boolean[] trigger = findTriggers(s, known, wanted, firstScores);
    float[][] out = new float[s.size()][];
    int[] classRows = new int[TriggerFeatures.CLASS_MAX];
    for (int i = 0; i < s.size(); i++) {
      if (trigger[i]) {
        float[] classScores = known[i].classScores.clone();
        classUsed.add(classRows, features.classRows(s, i, trigger, classRows), classScores);
        for (int l = 0; l < CLASSES; l++) {
          classScores[l] += TRIGGER_CLASS_WEIGHT * firstScores[i][l + 1];
        }
        out[i] = classScores;
      }
    }
    return new Tagged(s.lower, s.lemma, lexicon, out);
  }

  /**
   * Which wanted tokens the trigger table takes for events; the scores there of each go to {@code scores}.
   * A token's score is the sum of its parts' ({@link TriggerFeatures#contextRows(TriggerFeatures.Sentence,
   * int, int[], int, int[])}), each summed on its own, in order: all but the last are kept per word
   * ({@link KnownWord}), so that only the rows of two words together are looked up per token.
   */
  private boolean[] findTriggers(TriggerFeatures.Sentence s, KnownWord[] known, boolean[] wanted, float[][] scores) {
    boolean[] trigger = new boolean[s.size()];
    int[] row = new int[TriggerFeatures.MAX];
    float[] sum = new float[LABELS];
    float[] pairs = new float[LABELS];
    for (int i = 0; i < s.size(); i++) {
      KnownWord w = known[i];
      if (wanted[i] && !w.neverEvent) {
        System.arraycopy(w.parts, KnownWord.OWN, sum, 0, LABELS);
        add(sum, w.parts, KnownWord.COMPLEMENT + LABELS * TriggerFeatures.complement(s, i));
        add(sum, neighbour(known, i - 1).parts, KnownWord.PREVIOUS);
        add(sum, neighbour(known, i + 1).parts, KnownWord.NEXT);
        add(sum, neighbour(known, i - 2).parts, KnownWord.SECOND_PREVIOUS);
        add(sum, neighbour(known, i + 2).parts, KnownWord.SECOND_NEXT);
        add(sum, neighbour(known, TriggerFeatures.leftFunctionWord(s, i)).parts, KnownWord.FUNCTION);
        add(sum, position, ((i == 0 ? 2 : 0) + (w.word.capital() ? 1 : 0)) * LABELS);
        Arrays.fill(pairs, 0f);
        used.add(row, features.pairRows(s, i, row, 0), pairs);
        add(sum, pairs, 0);
        sum[0] -= noEventBias;
        if (best(sum) > 0) {
          trigger[i] = true;
          scores[i] = sum.clone();
        }
      }
    }
    return trigger;
  }

  private KnownWord neighbour(KnownWord[] known, int j) {
    return j < 0 || j >= known.length ? boundary : known[j];
  }

  /** Adds the eight scores of {@code from} at {@code at} to {@code sum}, written out: the quick compiler does not unroll loops. */
  private static void add(float[] sum, float[] from, int at) {
    sum[0] += from[at];
    sum[1] += from[at + 1];
    sum[2] += from[at + 2];
    sum[3] += from[at + 3];
    sum[4] += from[at + 4];
    sum[5] += from[at + 5];
    sum[6] += from[at + 6];
    sum[7] += from[at + 7];
  }

  /**
   * A word's forms and its scores: of its word rows in the class table, and in the trigger table
   * of each part of a token's rows that depends on that word alone, as the token itself, with
   * each "to"/"that" after it, and as each neighbour ({@link TriggerFeatures#contextRows}).
   */
  private record KnownWord(TriggerFeatures.Word word, int lexicon, boolean neverEvent, float[] parts, float[] classScores) {
    static final int OWN = 0;
    static final int COMPLEMENT = OWN + LABELS;
    static final int PREVIOUS = COMPLEMENT + 3 * LABELS;
    static final int NEXT = PREVIOUS + LABELS;
    static final int SECOND_PREVIOUS = NEXT + LABELS;
    static final int SECOND_NEXT = SECOND_PREVIOUS + LABELS;
    static final int FUNCTION = SECOND_NEXT + LABELS;
    static final int SIZE = FUNCTION + LABELS;
  }

  private KnownWord known(String text) {
    KnownWord known = words.get(text);
    if (known == null) {
      TriggerFeatures.Word word = features.word(text);
      known = knownWord(word, EventAttributes.lexicon(text, word.lower(), word.lemma()));
      if (words.size() < WORD_CAPACITY) {
        words.putIfAbsent(text, known);
      }
    }
    return known;
  }

  /** Scores every part of {@code word} that {@link KnownWord} keeps. */
  private KnownWord knownWord(TriggerFeatures.Word word, int lexicon) {
    int[] rows = new int[TriggerFeatures.MAX];
    int n = features.wordRows(word, rows);
    float[] classScores = new float[CLASSES];
    classUsed.add(rows, n, classScores);
    float[] parts = new float[KnownWord.SIZE];
    addPart(parts, KnownWord.OWN, rows, features.ownRows(word, rows, n));
    for (int c = 0; c < 3; c++) {
      addPart(parts, KnownWord.COMPLEMENT + c * LABELS, rows, features.complementRows(word, c, rows, 0));
    }
    addPart(parts, KnownWord.PREVIOUS, rows, features.previousRows(word, rows, 0));
    addPart(parts, KnownWord.NEXT, rows, features.nextRows(word, rows, 0));
    addPart(parts, KnownWord.SECOND_PREVIOUS, rows, features.secondPreviousRows(word, rows, 0));
    addPart(parts, KnownWord.SECOND_NEXT, rows, features.secondNextRows(word, rows, 0));
    addPart(parts, KnownWord.FUNCTION, rows, features.functionRows(word, rows, 0));
    return new KnownWord(word, lexicon, neverEvents.contains(word.lower()), parts, classScores);
  }

  /** Sums the trigger table's rows {@code rows[0..n)} into {@code parts} at {@code at}. */
  private void addPart(float[] parts, int at, int[] rows, int n) {
    float[] sum = new float[LABELS];
    used.add(rows, n, sum);
    System.arraycopy(sum, 0, parts, at, LABELS);
  }

  /** Sets {@code scores} to the sum of the rows {@code rows[0..n)} of {@code w}, a table of rows of {@code scores.length}. */
  static float[] score(float[] w, int[] rows, int n, float[] scores) {
    int width = scores.length;
    Arrays.fill(scores, 0f);
    for (int k = 0; k < n; k++) {
      int base = rows[k] * width;
      for (int l = 0; l < width; l++) {
        scores[l] += w[base + l];
      }
    }
    return scores;
  }

  static int best(float[] scores) {
    int best = 0;
    for (int l = 1; l < scores.length; l++) {
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    return best;
  }

  /**
   * Writes the model: a header, then of each table only the rows that hold a weight (most rows of
   * a hashed table are empty), each as the gap from the previous row and its scores, then the
   * never-event words.
   */
  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(TriggerFeatures.VERSION);
    out.writeInt(bits);
    out.writeInt(LABELS);
    out.writeFloat(noEventBias);
    writeTable(out, weights, LABELS);
    writeTable(out, classWeights, CLASSES);
    out.writeInt(neverEvents.size());
    for (String w : new TreeSet<>(neverEvents)) {
      out.writeUTF(w);
    }
    out.flush();
  }

  private static void writeTable(DataOutputStream out, float[] table, int width) throws IOException {
    int rows = table.length / width;
    int used = 0;
    for (int r = 0; r < rows; r++) {
      used += UsedRows.isEmpty(table, width, r) ? 0 : 1;
    }
    out.writeInt(used);
    int last = -1;
    for (int r = 0; r < rows; r++) {
      if (UsedRows.isEmpty(table, width, r)) {
        continue;
      }
      out.writeInt(r - last);
      last = r;
      for (int l = 0; l < width; l++) {
        out.writeFloat(table[r * width + l]);
      }
    }
  }

  static TriggerModel read(InputStream stream, WordClusters clusters, String name) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC) {
      throw new IOException(name + ": not an event trigger model");
    }
    int version = in.readInt();
    if (version != TriggerFeatures.VERSION) {
      throw new IOException(name + ": a model of feature version " + version + ", expected "
          + TriggerFeatures.VERSION + " (train it again with 'storyline train events')");
    }
    int bits = in.readInt();
    int labels = in.readInt();
    float bias = in.readFloat();
    if (bits < 10 || bits > 24 || labels != LABELS) {
      throw new IOException(name + ": expected 10..24 bits and " + LABELS + " labels, got " + bits + " and " + labels);
    }
    float[] weights = readTable(in, bits, LABELS, name + " (trigger table)");
    float[] classWeights = readTable(in, bits, CLASSES, name + " (class table)");
    int count = in.readInt();
    if (count < 0 || count > 1 << 20) {
      throw new IOException(name + ": " + count + " never-event words, expected 0 to " + (1 << 20));
    }
    Set<String> never = new HashSet<>();
    for (int k = 0; k < count; k++) {
      never.add(in.readUTF());
    }
    return new TriggerModel(bits, weights, classWeights, bias, never, clusters);
  }

  private static float[] readTable(DataInputStream in, int bits, int width, String name) throws IOException {
    float[] w = new float[(1 << bits) * width];
    int used = in.readInt();
    int row = -1;
    for (int k = 0; k < used; k++) {
      row += in.readInt();
      if (row < 0 || row >= 1 << bits) {
        throw new IOException(name + ": row " + row + " out of range at entry " + k);
      }
      for (int l = 0; l < width; l++) {
        w[row * width + l] = in.readFloat();
      }
    }
    return w;
  }
}
