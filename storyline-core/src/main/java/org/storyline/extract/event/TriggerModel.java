package org.storyline.extract.event;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  TriggerModel(int bits, float[] weights, float noEventBias, WordClusters clusters) {
    if (weights.length != (1 << bits) * LABELS) {
      throw new IllegalArgumentException("expected " + ((1 << bits) * LABELS) + " weights, got " + weights.length);
    }
    this.bits = bits;
    this.weights = weights;
    this.noEventBias = noEventBias;
    this.features = new TriggerFeatures(clusters, bits);
  }

  /** Labels of every token of a sentence. */
  int[] labels(TriggerFeatures.Sentence s) {
    int[] rows = new int[TriggerFeatures.MAX];
    float[] scores = new float[LABELS];
    int[] out = new int[s.size()];
    for (int i = 0; i < s.size(); i++) {
      int n = features.rows(s, i, rows);
      score(weights, rows, n, scores)[0] -= noEventBias;
      out[i] = best(scores);
    }
    return out;
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
