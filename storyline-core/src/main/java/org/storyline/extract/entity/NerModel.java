package org.storyline.extract.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagger proper: hashed feature weights and greedy left-to-right BILOU decoding, for tagging
 * and (with an {@link Update}) for training.
 *
 * <p>File format (the caller compresses it): magic, feature version, bits, tag count, the number
 * of passes (1 or 2), then for each pass's table: scale, number of entries, then each non-zero weight as the gap from the previous one's index
 * (variable-length int) and a 16-bit value times {@code scale}; then the names of the training data
 * ({@link Gazetteer}), the word clusters ({@link WordClusters}) and the name list ({@link NameList}).
 */
final class NerModel {

  private static final int MAGIC = 0x534C4E52; // "SLNR"
  static final int T = Tags.COUNT;

  final Features features;
  final Gazetteer names;
  final WordClusters clusters;
  final NameList list;
  /** The first pass's weights, or null for a model of one pass. */
  final Table first;
  final Table weights;

  NerModel(Features features, Gazetteer names, WordClusters clusters, NameList list, float[] first, float[] weights) {
    this(features, names, clusters, list, first == null ? null : Table.of(first, features.rows()), Table.of(weights, features.rows()));
  }

  private NerModel(Features features, Gazetteer names, WordClusters clusters, NameList list, Table first, Table weights) {
    this.features = features;
    this.names = names;
    this.clusters = clusters;
    this.list = list;
    this.first = first;
    this.weights = weights;
  }

  /**
   * A weight table kept compact: only the rows with a non-zero weight are stored, {@code index}
   * giving each row's offset in {@code values} (or -1). A few MB instead of {@code rows * T}
   * floats, which also keeps the rows in use close together in the cache.
   */
  static final class Table {
    final int[] index;
    final float[] values;

    private Table(int[] index, float[] values) {
      this.index = index;
      this.values = values;
    }

    static Table of(float[] dense, int rows) {
      if (dense.length != rows * T) {
        throw new IllegalArgumentException("weights do not fit " + rows + " rows of " + T + " tags");
      }
      int[] index = new int[rows];
      int used = 0;
      for (int r = 0; r < rows; r++) {
        index[r] = -1;
        for (int t = 0; t < T; t++) {
          if (dense[r * T + t] != 0) {
            index[r] = used * T;
            used++;
            break;
          }
        }
      }
      float[] values = new float[used * T];
      for (int r = 0; r < rows; r++) {
        if (index[r] >= 0) {
          System.arraycopy(dense, r * T, values, index[r], T);
        }
      }
      return new Table(index, values);
    }

    void write(DataOutputStream out, float threshold) throws IOException {
      float max = 0;
      for (float v : values) {
        max = Math.max(max, Math.abs(v));
      }
      float scale = max == 0 ? 1 : max / 32767f;
      int count = 0;
      for (float v : values) {
        if (Math.abs(v) >= threshold && Math.round(v / scale) != 0) {
          count++;
        }
      }
      out.writeFloat(scale);
      out.writeInt(count);
      int last = 0;
      for (int r = 0; r < index.length; r++) {
        if (index[r] < 0) {
          continue;
        }
        for (int t = 0; t < T; t++) {
          float v = values[index[r] + t];
          if (Math.abs(v) >= threshold && Math.round(v / scale) != 0) {
            int k = r * T + t;
            writeVarint(out, k - last);
            out.writeShort(Math.round(v / scale));
            last = k;
          }
        }
      }
    }

    static Table read(DataInputStream in, int rows) throws IOException {
      float scale = in.readFloat();
      int count = in.readInt();
      if (count < 0 || count > rows * T) {
        throw new IOException("weight count " + count + " out of range");
      }
      int[] index = new int[rows];
      java.util.Arrays.fill(index, -1);
      float[] values = new float[Math.min(count, rows) * T];
      int used = 0;
      int k = 0;
      for (int e = 0; e < count; e++) {
        k += readVarint(in);
        int r = k / T;
        if (index[r] < 0) {
          index[r] = used * T;
          used++;
        }
        values[index[r] + k % T] = in.readShort() * scale;
      }
      return new Table(index, java.util.Arrays.copyOf(values, used * T));
    }
  }

  /** Called on each token while training: returns the tag to go on with. */
  interface Update {
    int apply(int[] rows, int n, int gold, int guess);
  }

  /** Tags a document: with two passes, the second sees the first's tags of the whole document. */
  int[][] tag(Features.Doc d) {
    if (first != null) {
      d.firstPass = null;
      d.firstPass(run(d, first.index, first.values, null, null));
    }
    return run(d, weights.index, weights.values, null, null);
  }

  /** Tags a document with dense weights {@code w} (as while training). */
  int[][] run(Features.Doc d, float[] w, int[][] gold, Update update) {
    return run(d, null, w, gold, update);
  }

  /**
   * Tags a document greedily. Without {@code update}, each tag is the best allowed one after the
   * previous; with it, the best of all tags, and {@code update} sees every token with its gold tag.
   */
  private int[][] run(Features.Doc d, int[] index, float[] w, int[][] gold, Update update) {
    int[] rows = new int[Features.MAX_STATIC + Features.MAX_DYNAMIC];
    float[] scores = new float[T];
    Map<String, int[]> history = new HashMap<>();
    int[][] out = new int[d.sentences()][];
    for (int s = 0; s < d.sentences(); s++) {
      int m = d.words[s].length;
      int[] tags = new int[m];
      int prev1 = Tags.O;
      int prev2 = Tags.O;
      for (int i = 0; i < m; i++) {
        int[] cached = features.cachedBaseRows(d, s, i);
        System.arraycopy(cached, 0, rows, 0, cached.length);
        int n = cached.length;
        if (d.firstPass != null) {
          n = features.firstPassRows(d, s, i, d.shapeHash[s][i], rows, n);
        }
        int[] hist = Features.remembered(d.words[s][i]) ? history.get(d.lower[s][i]) : null;
        n = features.dynamicRows(d, s, i, prev1, prev2, hist, rows, n);
        java.util.Arrays.fill(scores, 0f);
        for (int k = 0; k < n; k++) {
          int base = index == null ? rows[k] * T : index[rows[k]];
          if (base < 0) {
            continue;
          }
          for (int t = 0; t < T; t++) {
            scores[t] += w[base + t];
          }
        }
        int tag;
        if (update == null) {
          tag = bestAllowed(scores, prev1, i == m - 1);
        } else {
          tag = update.apply(rows, n, gold[s][i], argmax(scores));
        }
        tags[i] = tag;
        prev2 = prev1;
        prev1 = tag;
      }
      for (int i = 0; i < m; i++) {
        if (Features.remembered(d.words[s][i])) {
          history.computeIfAbsent(d.lower[s][i], k -> new int[1 + 4])[Tags.typeIndex(tags[i])]++;
        }
      }
      out[s] = tags;
    }
    return out;
  }

  private static int argmax(float[] scores) {
    int best = 0;
    for (int t = 1; t < scores.length; t++) {
      if (scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }

  private static int bestAllowed(float[] scores, int prev, boolean last) {
    int best = -1;
    for (int t = 0; t < scores.length; t++) {
      if (Tags.allowed(prev, t) && (!last || Tags.mayEnd(t)) && (best < 0 || scores[t] > scores[best])) {
        best = t;
      }
    }
    return best;
  }

  List<List<EntityChunk>> chunks(List<List<String>> sentences) {
    int[][] tags = tag(new Features.Doc(sentences, names, Map.of(), clusters, list));
    return java.util.Arrays.stream(tags).map(Tags::decode).toList();
  }

  void write(OutputStream stream, float threshold) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(Features.VERSION);
    out.writeInt(features.bits());
    out.writeInt(T);
    out.writeInt(first == null ? 1 : 2);
    if (first != null) {
      first.write(out, threshold);
    }
    weights.write(out, threshold);
    names.write(out);
    clusters.write(out);
    list.write(out);
    out.flush();
  }

  static NerModel read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    try {
      if (in.readInt() != MAGIC) {
        throw new IOException(name + ": not a Storyline entity model");
      }
      int version = in.readInt();
      if (version != Features.VERSION) {
        throw new IOException(name + ": model has feature version " + version + ", this build needs " + Features.VERSION
            + "; retrain it with 'storyline train ner'");
      }
      Features features = new Features(in.readInt());
      int tags = in.readInt();
      if (tags != T) {
        throw new IOException(name + ": model has " + tags + " tags, expected " + T);
      }
      int stages = in.readInt();
      if (stages != 1 && stages != 2) {
        throw new IOException(name + ": model has " + stages + " passes, expected 1 or 2");
      }
      Table first = stages == 2 ? Table.read(in, features.rows()) : null;
      Table weights = Table.read(in, features.rows());
      Gazetteer names = Gazetteer.read(in);
      WordClusters clusters = WordClusters.read(in);
      return new NerModel(features, names, clusters, NameList.read(in), first, weights);
    } catch (EOFException | ArrayIndexOutOfBoundsException e) {
      throw new IOException(name + ": truncated or corrupt entity model", e);
    }
  }

  private static void writeVarint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }
}
