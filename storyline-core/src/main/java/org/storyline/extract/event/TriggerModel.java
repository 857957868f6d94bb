package org.storyline.extract.event;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.extract.entity.WordClusters;

/**
 * The trigger tagger's weights: one row of {@link #LABELS} scores per hashed feature, label 0
 * meaning "no event" and label {@code c + 1} the event class of ordinal {@code c}. Each token is
 * labelled on its own (TimeML events are single words), by the highest summed score.
 */
final class TriggerModel {

  private static final int MAGIC = 0x534C4556; // "SLEV"
  static final int LABELS = EventClass.values().length + 1;

  final int bits;
  final float[] weights;
  /**
   * Subtracted from the "no event" score before the best label is taken: above 0 it trades
   * precision for recall (the perceptron, trained for accuracy, finds too few events for F1).
   */
  final float noEventBias;
  final TriggerFeatures features;
  /** The rows of {@link #weights} that hold a weight, kept compact for tagging. */
  private final UsedRows used;
  /** The words this model has tagged, with the scores of their {@link TriggerFeatures#wordRows}. */
  private final ConcurrentHashMap<String, KnownWord> words = new ConcurrentHashMap<>();

  /** At most this many words are kept (some 200 bytes each). */
  static final int WORD_CAPACITY = 1 << 15;

  TriggerModel(int bits, float[] weights, float noEventBias, WordClusters clusters) {
    if (weights.length != (1 << bits) * LABELS) {
      throw new IllegalArgumentException("expected " + ((1 << bits) * LABELS) + " weights, got " + weights.length);
    }
    this.bits = bits;
    this.weights = weights;
    this.noEventBias = noEventBias;
    this.features = new TriggerFeatures(clusters, bits);
    this.used = UsedRows.of(weights);
  }

  /**
   * Labels of every token of a sentence of {@code words} for which {@code wanted} is true; 0 for
   * the others. Each token is labelled on its own, so the others' labels change nothing.
   */
  int[] labels(String[] words, boolean[] wanted) {
    TriggerFeatures.Word[] forms = new TriggerFeatures.Word[words.length];
    float[][] prefixes = new float[words.length][];
    for (int i = 0; i < words.length; i++) {
      KnownWord known = known(words[i]);
      forms[i] = known.word;
      prefixes[i] = known.scores;
    }
    TriggerFeatures.Sentence s = TriggerFeatures.prepare(words, forms);
    int[] rows = new int[TriggerFeatures.MAX];
    float[] scores = new float[LABELS];
    int[] out = new int[s.size()];
    for (int i = 0; i < s.size(); i++) {
      if (wanted[i]) {
        System.arraycopy(prefixes[i], 0, scores, 0, LABELS);
        used.add(rows, features.contextRows(s, i, rows, 0), scores);
        scores[0] -= noEventBias;
        out[i] = best(scores);
      }
    }
    return out;
  }

  /**
   * A word's forms and the scores of its word rows, summed in the order {@link #score} sums a
   * token's rows: they are its first rows, so carrying on from them gives the very same floats.
   */
  private record KnownWord(TriggerFeatures.Word word, float[] scores) {}

  private KnownWord known(String text) {
    KnownWord known = words.get(text);
    if (known == null) {
      TriggerFeatures.Word word = features.word(text);
      int[] rows = new int[TriggerFeatures.WORD_ROWS];
      float[] scores = new float[LABELS];
      used.add(rows, features.wordRows(word, rows), scores);
      known = new KnownWord(word, scores);
      if (words.size() < WORD_CAPACITY) {
        words.putIfAbsent(text, known);
      }
    }
    return known;
  }

  /**
   * The rows of a weight table that hold a weight, one after another, and a bit set of which rows
   * those are with a rank per 64 rows: some 1.5 MB where the table is 16 MB, so that tagging's
   * reads, one row per feature at random, mostly hit the cache. Skipped rows are all zero, and
   * adding 0 to a float changes nothing, so the sums are those of the whole table.
   */
  private static final class UsedRows {
    private final long[] present;
    private final int[] rank;
    private final float[] values;

    private UsedRows(long[] present, int[] rank, float[] values) {
      this.present = present;
      this.rank = rank;
      this.values = values;
    }

    static UsedRows of(float[] dense) {
      int rows = dense.length / LABELS;
      long[] present = new long[(rows + 63) / 64];
      int[] rank = new int[present.length];
      float[] values = new float[dense.length];
      int count = 0;
      for (int r = 0; r < rows; r++) {
        if ((r & 63) == 0) {
          rank[r >>> 6] = count;
        }
        if (!isEmpty(dense, r)) {
          present[r >>> 6] |= 1L << r;
          System.arraycopy(dense, r * LABELS, values, count * LABELS, LABELS);
          count++;
        }
      }
      return new UsedRows(present, rank, java.util.Arrays.copyOf(values, count * LABELS));
    }

    /** Adds the weights of {@code rows[0..n)} to {@code scores}, row after row. */
    void add(int[] rows, int n, float[] scores) {
      for (int k = 0; k < n; k++) {
        int r = rows[k];
        long word = present[r >>> 6];
        long bit = 1L << r; // shifts by r mod 64
        if ((word & bit) != 0) {
          int base = (rank[r >>> 6] + Long.bitCount(word & (bit - 1))) * LABELS;
          for (int l = 0; l < LABELS; l++) {
            scores[l] += values[base + l];
          }
        }
      }
    }
  }

  static float[] score(float[] w, int[] rows, int n, float[] scores) {
    java.util.Arrays.fill(scores, 0f);
    for (int k = 0; k < n; k++) {
      int base = rows[k] * LABELS;
      for (int l = 0; l < LABELS; l++) {
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
   * Writes the model: a header, then only the rows that hold a weight (most rows of a hashed
   * table are empty), each as the gap from the previous row and its scores.
   */
  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(TriggerFeatures.VERSION);
    out.writeInt(bits);
    out.writeInt(LABELS);
    out.writeFloat(noEventBias);
    int rows = 1 << bits;
    int used = 0;
    for (int r = 0; r < rows; r++) {
      used += isEmpty(r) ? 0 : 1;
    }
    out.writeInt(used);
    int last = -1;
    for (int r = 0; r < rows; r++) {
      if (isEmpty(r)) {
        continue;
      }
      out.writeInt(r - last);
      last = r;
      for (int l = 0; l < LABELS; l++) {
        out.writeFloat(weights[r * LABELS + l]);
      }
    }
    out.flush();
  }

  private boolean isEmpty(int row) {
    return isEmpty(weights, row);
  }

  private static boolean isEmpty(float[] weights, int row) {
    for (int l = 0; l < LABELS; l++) {
      if (weights[row * LABELS + l] != 0f) {
        return false;
      }
    }
    return true;
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
    float[] w = new float[(1 << bits) * LABELS];
    int used = in.readInt();
    int row = -1;
    for (int k = 0; k < used; k++) {
      row += in.readInt();
      if (row < 0 || row >= 1 << bits) {
        throw new IOException(name + ": row " + row + " out of range at entry " + k);
      }
      for (int l = 0; l < LABELS; l++) {
        w[row * LABELS + l] = in.readFloat();
      }
    }
    return new TriggerModel(bits, w, bias, clusters);
  }
}
