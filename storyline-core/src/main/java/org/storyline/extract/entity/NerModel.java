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
 * The tagger proper: hashed feature weights and left-to-right BILOU decoding, by beam search for
 * tagging and greedy (with an {@link Update}) for training.
 *
 * <p>File format (the caller compresses it): magic, feature version, bits, tag count, the number
 * of passes (1 or 2), then for each pass's table: scale, number of entries, then each non-zero weight as the gap from the previous one's index
 * (variable-length int) and a 16-bit value times {@code scale}; then the names of the training data
 * ({@link Gazetteer}), the word clusters ({@link WordClusters}), the name list ({@link NameList}) and
 * the clusters of pre-trained word vectors (a {@link WordClusters} again).
 */
final class NerModel {

  private static final int MAGIC = 0x534C4E52; // "SLNR"
  static final int T = Tags.COUNT;

  final Features features;
  final Gazetteer names;
  final WordClusters clusters;
  /** Clusters of pre-trained word vectors ({@link WordClusters#NONE} for none). */
  final WordClusters vectors;
  final NameList list;
  /** The first pass's weights, or null for a model of one pass. */
  final Table first;
  final Table weights;
  /**
   * How many tag sequences the beam keeps while tagging (1 would be greedy). On eng.testa, 4 gives
   * +1.0 to +1.3 F1 over greedy decoding of the same model, mostly in precision, at about two
   * thirds of the greedy speed; 3 to 8 differ by less than 0.1.
   */
  static final int BEAM = 4;

  /** The beam width of this model's tagging. */
  final int beam;
  /** The words this model has tagged, with the scores of their rows that depend on them alone. */
  private final WordCache words;
  /** Per pass, place and distance past the edge, the scores of the markers past a sentence's edges ({@link StaticScores}). */
  private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> edges =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(WordFacts.PASSES * WordFacts.PLACES.length * 2);

  NerModel(Features features, Gazetteer names, WordClusters clusters, WordClusters vectors, NameList list, float[] first, float[] weights) {
    this(features, names, clusters, vectors, list, first == null ? null : Table.of(first, features.rows()), Table.of(weights, features.rows()));
  }

  private NerModel(Features features, Gazetteer names, WordClusters clusters, WordClusters vectors, NameList list, Table first, Table weights) {
    this(features, names, clusters, vectors, list, first, weights, BEAM, WordCache.keeping(clusters, vectors));
  }

  private NerModel(Features features, Gazetteer names, WordClusters clusters, WordClusters vectors, NameList list, Table first,
      Table weights, int beam, WordCache words) {
    this.beam = beam;
    this.words = words;
    this.features = features;
    this.names = names;
    this.clusters = clusters;
    this.vectors = vectors;
    this.list = list;
    this.first = first;
    this.weights = weights;
  }

  /** The cache of the words this model has tagged. */
  WordCache words() {
    return words;
  }

  /** The same model tagging with a beam of {@code width} sequences (1: greedy). */
  NerModel withBeam(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("beam width must be at least 1, got " + width);
    }
    return new NerModel(features, names, clusters, vectors, list, first, weights, width, words);
  }

  /**
   * A weight table kept compact and quantised: each non-zero weight as a 16-bit multiple of one
   * {@code scale} (the precision of the model file), stored with its tag in one int, the weights
   * of a row one after the other; which rows have weights is a bit set with a rank per 64 rows.
   * Tagging reads one row per feature at random, so the table's size is what it costs: about
   * 2 MB here against 11 MB of float rows behind a 4 MB row index, small enough that where the
   * JVM happens to place it (cache sets, pages) no longer moves tagging speed by half, as it did.
   */
  static final class Table {
    /** Bits of an entry below the quantised weight: the tag. */
    private static final int TAG_BITS = 5;
    private static final int TAG_MASK = (1 << TAG_BITS) - 1;

    static {
      if (T > TAG_MASK + 1) {
        throw new AssertionError(T + " tags do not fit " + TAG_BITS + " bits");
      }
    }

    final int rows;
    final float scale;
    /**
     * Per 64 rows, two longs side by side: the bit set of those rows that have weights (bit
     * {@code r mod 64}), then the number of rows with weights before them. Side by side, a row's
     * lookup reads one cache line of the index, not one of each.
     */
    private final long[] index;
    /** Where each used row's entries start in {@link #entries}, by rank; one more at the end. */
    private final int[] start;
    /** {@code (weight << TAG_BITS) | tag}, with the weight in units of {@link #scale}. */
    private final int[] entries;
    /** The scores of the tag rows, filled in by the first tagging ({@link NerModel#tagScores}). */
    volatile int[] tagScores;

    private Table(int rows, float scale, long[] present, int[] start, int[] entries) {
      this.rows = rows;
      this.scale = scale;
      this.start = start;
      this.entries = entries;
      this.index = new long[2 * present.length];
      for (int w = 0, used = 0; w < present.length; w++) {
        index[2 * w] = present[w];
        index[2 * w + 1] = used;
        used += Long.bitCount(present[w]);
      }
    }

    /** Whether row {@code r} has a weight. */
    private boolean present(int r) {
      return (index[2 * (r >>> 6)] & (1L << r)) != 0;
    }

    /** The table of dense weights ({@code rows * T}, row by row), quantised as the model file keeps them. */
    static Table of(float[] dense, int rows) {
      if (dense.length != rows * T) {
        throw new IllegalArgumentException("weights do not fit " + rows + " rows of " + T + " tags");
      }
      float max = 0;
      for (float v : dense) {
        max = Math.max(max, Math.abs(v));
      }
      Builder b = new Builder(rows, max == 0 ? 1 : max / Short.MAX_VALUE);
      for (int k = 0; k < dense.length; k++) {
        int q = Math.round(dense[k] / b.scale);
        if (q != 0) {
          b.add(k, q);
        }
      }
      return b.build();
    }

    /**
     * Adds the weights of {@code rows[from..to)} to {@code scores}, in units of {@link #scale}.
     * {@code spans} (at least {@code 2 * (to - from)} long) is scratch room for each row's entries.
     *
     * <p>In three sweeps, not row by row: find each row's rank, then where its entries lie, then
     * sum them. The reads of one sweep do not wait on one another, so the processor has many of
     * them in flight at once; row by row, each row's reads waited on the one before, and tagging
     * ran at the pace of memory latency (a third slower whenever a neighbour on the host made it
     * longer).
     */
    void add(int[] rows, int from, int to, int[] scores, int[] spans) {
      long[] index = this.index;
      int[] start = this.start;
      int[] entries = this.entries;
      int n = 0;
      for (int k = from; k < to; k++) {
        int r = rows[k];
        int at = (r >>> 6) << 1;
        long word = index[at];
        long bit = 1L << r; // shifts by r mod 64
        spans[n] = (int) index[at + 1] + Long.bitCount(word & (bit - 1));
        n += (int) ((word & bit) >>> r); // 1 when the row has weights: kept without a branch
      }
      for (int j = n - 1; j >= 0; j--) { // backwards: rank j moves to 2j, read before written
        int used = spans[j];
        spans[2 * j] = start[used];
        spans[2 * j + 1] = start[used + 1];
      }
      for (int j = 0; j < n; j++) {
        for (int e = spans[2 * j], end = spans[2 * j + 1]; e < end; e++) {
          int entry = entries[e];
          scores[entry & TAG_MASK] += entry >> TAG_BITS;
        }
      }
    }

    void write(DataOutputStream out, float threshold) throws IOException {
      int count = 0;
      for (int entry : entries) {
        if (Math.abs((entry >> TAG_BITS) * scale) >= threshold) {
          count++;
        }
      }
      out.writeFloat(scale);
      out.writeInt(count);
      int last = 0;
      int used = 0;
      for (int r = 0; r < rows; r++) {
        if (!present(r)) {
          continue;
        }
        for (int e = start[used]; e < start[used + 1]; e++) {
          int q = entries[e] >> TAG_BITS;
          if (Math.abs(q * scale) >= threshold) {
            int k = r * T + (entries[e] & TAG_MASK);
            writeVarint(out, k - last);
            out.writeShort(q);
            last = k;
          }
        }
        used++;
      }
    }

    static Table read(DataInputStream in, int rows) throws IOException {
      float scale = in.readFloat();
      int count = in.readInt();
      if (count < 0 || count > rows * T) {
        throw new IOException("weight count " + count + " out of range");
      }
      Builder b = new Builder(rows, scale);
      int k = 0;
      for (int e = 0; e < count; e++) {
        int gap = readVarint(in);
        if (gap <= 0 && e > 0 || k + gap >= rows * T || k + gap < 0) {
          throw new IOException("weight index out of order or range");
        }
        k += gap;
        b.add(k, in.readShort());
      }
      return b.build();
    }

    /** Collects the weights of a table in increasing order of {@code row * T + tag}. */
    private static final class Builder {
      final int rows;
      final float scale;
      final long[] present;
      int[] start = new int[1024];
      int[] entries = new int[1024];
      int used;
      int count;
      int lastRow = -1;

      Builder(int rows, float scale) {
        this.rows = rows;
        this.scale = scale;
        this.present = new long[(rows + 63) / 64];
      }

      void add(int k, int q) {
        int r = k / T;
        if (r != lastRow) {
          present[r >>> 6] |= 1L << r;
          if (used + 2 > start.length) {
            start = java.util.Arrays.copyOf(start, start.length * 2);
          }
          start[used++] = count;
          lastRow = r;
        }
        if (count == entries.length) {
          entries = java.util.Arrays.copyOf(entries, count * 2);
        }
        entries[count++] = (q << TAG_BITS) | (k % T);
      }

      Table build() {
        start[used] = count;
        return new Table(rows, scale, present, java.util.Arrays.copyOf(start, used + 1), java.util.Arrays.copyOf(entries, count));
      }
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
      d.firstPass(tag(d, first, 0));
    }
    return tag(d, weights, 1);
  }

  /**
   * Tags a document with one pass's weights, sentence by sentence, by {@link #beam beam search}
   * over allowed tag sequences (for a beam of 1, greedily: each tag the best allowed after the
   * previous).
   */
  private int[][] tag(Features.Doc d, Table table, int pass) {
    int[] rows = new int[Features.MAX_STATIC + Features.MAX_DYNAMIC];
    Map<String, int[]> history = new HashMap<>();
    int[][] out = new int[d.sentences()][];
    StaticScores scores = new StaticScores(d, table, pass);
    BeamSearch search = beam > 1 ? new BeamSearch() : null;
    for (int s = 0; s < d.sentences(); s++) {
      out[s] = beam > 1
          ? beam(d, s, table, scores, history, rows, search)
          : greedy(d, s, table, null, history, rows, null, null);
      remember(d, s, out[s], history);
    }
    return out;
  }

  /**
   * Tags a document greedily with dense weights {@code w}, as while training: each tag is the
   * best of all tags, and {@code update} sees every token with its gold tag.
   */
  int[][] run(Features.Doc d, float[] w, int[][] gold, Update update) {
    int[] rows = new int[Features.MAX_STATIC + Features.MAX_DYNAMIC];
    Map<String, int[]> history = new HashMap<>();
    int[][] out = new int[d.sentences()][];
    for (int s = 0; s < d.sentences(); s++) {
      out[s] = greedy(d, s, null, w, history, rows, gold[s], update);
      remember(d, s, out[s], history);
    }
    return out;
  }

  /** Counts the types given to each capitalised word, for the history features of the sentences after. */
  private static void remember(Features.Doc d, int s, int[] tags, Map<String, int[]> history) {
    for (int i = 0; i < tags.length; i++) {
      if (d.remembered(s, i)) {
        history.computeIfAbsent(d.lower[s][i], k -> new int[1 + 4])[Tags.typeIndex(tags[i])]++;
      }
    }
  }

  /**
   * Tags a sentence greedily with the weights of {@code table} or, while training, the dense
   * weights {@code w}: with {@code update}, as {@link #run} says; without, each tag the best allowed one.
   */
  private int[] greedy(Features.Doc d, int s, Table table, float[] w, Map<String, int[]> history, int[] rows,
      int[] gold, Update update) {
    int m = d.words[s].length;
    int[] tags = new int[m];
    float[] scores = new float[T];
    int[] units = new int[T];
    int[] spans = new int[2 * rows.length];
    int prev1 = Tags.O;
    int prev2 = Tags.O;
    for (int i = 0; i < m; i++) {
      int n = staticRows(d, s, i, rows);
      n = features.dynamicRows(d, s, i, prev1, prev2, historyOf(d, s, i, history), rows, n);
      if (table == null) {
        java.util.Arrays.fill(scores, 0f);
        add(rows, n, w, scores);
      } else {
        java.util.Arrays.fill(units, 0);
        table.add(rows, 0, n, units, spans);
        for (int t = 0; t < T; t++) {
          scores[t] = units[t] * table.scale;
        }
      }
      int tag = update == null ? bestAllowed(scores, prev1, i == m - 1) : update.apply(rows, n, gold[i], argmax(scores));
      tags[i] = tag;
      prev2 = prev1;
      prev1 = tag;
    }
    return tags;
  }

  /** Writes the static rows of a token (the first pass's included) to the start of {@code rows}; returns how many. */
  private int staticRows(Features.Doc d, int s, int i, int[] rows) {
    return withFirstPass(d, s, i, features.cachedBaseRows(d, s, i), rows);
  }

  /** Copies {@code cached} to the start of {@code rows} and adds the first pass's rows after them; returns how many. */
  private int withFirstPass(Features.Doc d, int s, int i, int[] cached, int[] rows) {
    System.arraycopy(cached, 0, rows, 0, cached.length);
    int n = cached.length;
    if (d.firstPass != null) {
      n = features.firstPassRows(d, s, i, d.shapeHash[s][i], rows, n);
    }
    return n;
  }

  /**
   * Sums the static scores of a document's tokens in one pass: the rows of the context and of
   * the first pass for each token, and each part that depends on one word alone (the token's
   * own, its neighbours') once per word, kept in the word's {@link WordFacts} when the document's
   * words come from this model's cache. The sums are of integers, so they are the same as
   * summing every row of every token.
   */
  private final class StaticScores {
    /** Where each place's word stands, from the token: itself, one before, one after, two before, two after. */
    private static final int[] AT = {0, -1, 1, -2, 2};

    private final Features.Doc d;
    private final Table table;
    private final int pass;
    private final boolean keep;
    private final int[] own = new int[Features.MAX_STATIC];
    private final int[] spans = new int[2 * (Features.MAX_STATIC + Features.MAX_DYNAMIC)];
    /** Per place, scratch room for the scores of a word no cache keeps. */
    private final int[][] parts = new int[AT.length][T];
    /** Per place, the token's scores of that place's part: in {@link #placeScores} from {@link #placeFrom}. */
    private final int[][] placeScores = new int[AT.length][];
    private final int[] placeFrom = new int[AT.length];

    StaticScores(Features.Doc d, Table table, int pass) {
      this.d = d;
      this.table = table;
      this.pass = pass;
      this.keep = d.cache == words;
    }

    /**
     * Writes token {@code i}'s context and first-pass rows to the start of {@code rows} and sets
     * {@code base} to the scores of all its static rows; returns how many rows were written. The
     * five places' scores are added in one loop: the quick compiler runs five loops of 17 at
     * about five times the cost.
     */
    int sum(int s, int i, int[] rows, int[] base) {
      for (int place = 0; place < AT.length; place++) {
        findPlace(s, i, place);
      }
      int[] self = placeScores[0];
      int[] left1 = placeScores[1];
      int[] right1 = placeScores[2];
      int[] left2 = placeScores[3];
      int[] right2 = placeScores[4];
      int atSelf = placeFrom[0];
      int atLeft1 = placeFrom[1];
      int atRight1 = placeFrom[2];
      int atLeft2 = placeFrom[3];
      int atRight2 = placeFrom[4];
      for (int t = 0; t < T; t++) {
        base[t] = self[atSelf + t] + left1[atLeft1 + t] + right1[atRight1 + t] + left2[atLeft2 + t] + right2[atRight2 + t];
      }
      int n = withFirstPass(d, s, i, features.cachedRows(d, s, i, Features.CONTEXT), rows);
      table.add(rows, 0, n, base, spans);
      return n;
    }

    /** Finds the scores of the part of token {@code i}'s rows that depends on the word at {@code place} alone. */
    private void findPlace(int s, int i, int place) {
      int j = i + AT[place];
      int m = d.words[s].length;
      if (j < 0 || j >= m) {
        found(place, edge(s, i, place, j < 0 ? -1 - j : j - m), 0);
        return;
      }
      WordFacts word = d.facts[s][j];
      if (!keep || word.scores == null) {
        found(place, sumPart(s, i, place), 0);
        return;
      }
      int at = WordFacts.offset(pass, place);
      if (!word.knows(pass, place)) {
        System.arraycopy(sumPart(s, i, place), 0, word.scores, at, T);
        word.learned(pass, place);
      }
      found(place, word.scores, at);
    }

    private void found(int place, int[] scores, int from) {
      placeScores[place] = scores;
      placeFrom[place] = from;
    }

    /**
     * The scores of a place {@code beyond} (0 or 1) words past a sentence's edge: its rows are
     * of markers, the same in every sentence, so they are summed once per model.
     */
    private int[] edge(int s, int i, int place, int beyond) {
      int k = (pass * AT.length + place) * 2 + beyond;
      int[] known = edges.get(k);
      if (known == null) {
        known = sumPart(s, i, place).clone();
        edges.set(k, known);
      }
      return known;
    }

    /** The scores of the rows of token {@code i} that depend on the word at {@code place} alone, in the place's scratch room. */
    private int[] sumPart(int s, int i, int place) {
      int[] part = parts[place];
      java.util.Arrays.fill(part, 0);
      table.add(own, 0, features.partRows(d, s, i, WordFacts.PLACES[place], own), part, spans);
      return part;
    }

    /**
     * The scores of the rows of the previous tag {@code prev1} with token {@code i}'s word
     * ({@link Features#previousTagRows}), kept per word and tag.
     */
    int[] afterTag(int s, int i, int prev1) {
      WordFacts word = d.facts[s][i];
      int[] known = keep ? word.afterTag(pass, prev1) : null;
      if (known == null) {
        known = new int[T];
        table.add(own, 0, features.previousTagRows(d, s, i, prev1, own, 0), known, spans);
        if (keep) {
          word.afterTag(pass, prev1, known);
        }
      }
      return known;
    }
  }

  private static int[] historyOf(Features.Doc d, int s, int i, Map<String, int[]> history) {
    return d.remembered(s, i) ? history.get(d.lower[s][i]) : null;
  }

  /** Adds the dense weights of {@code rows[0..n)} to {@code scores}. */
  private static void add(int[] rows, int n, float[] w, float[] scores) {
    for (int k = 0; k < n; k++) {
      int base = rows[k] * T;
      for (int t = 0; t < T; t++) {
        scores[t] += w[base + t];
      }
    }
  }

  /**
   * Tags a sentence by beam search: the {@link #beam} best tag sequences so far, each scored by
   * the sum of its tags' scores, are extended by every allowed tag. Only the previous two tags
   * change a token's scores (the document history does not change within a sentence), so the
   * static scores are summed once per token and only the few tag features once per sequence; of
   * two sequences ending in the same two tags only the better is kept, as it alone can win.
   * {@code search} is the scratch room of one pass over a document.
   */
  private int[] beam(Features.Doc d, int s, Table table, StaticScores statics, Map<String, int[]> history, int[] rows,
      BeamSearch search) {
    int m = d.words[s].length;
    int[] base = search.base;
    int[] spans = search.spans;
    int[] pairs = tagScores(table);
    float scale = table.scale;
    search.fit(m * beam);
    int[] tagAt = search.tagAt;
    int[] parentAt = search.parentAt;
    int[][] byLast = search.byLast;
    boolean[] done = search.done;
    Beam items = search.first.restart();
    Beam next = search.second;
    for (int i = 0; i < m; i++) {
      int n = statics.sum(s, i, rows, base);
      int[] hist = historyOf(d, s, i, history);
      int mostGiven = 0;
      if (hist != null) { // the history's rows but one are the same after every tag: summed once
        table.add(rows, n, features.historyWordRows(hist, d.shapeHash[s][i], rows, n), base, spans);
        mostGiven = Features.mostGiven(hist);
      }
      next.size = 0;
      java.util.Arrays.fill(done, false);
      int[][] followers = i < m - 1 ? FOLLOWERS : LAST_FOLLOWERS;
      for (int b = 0; b < items.size; b++) {
        int prev1 = items.last[b];
        int[] last = byLast[prev1];
        if (!done[prev1]) { // sequences often share their last tag: its rows are summed once
          int[] after = statics.afterTag(s, i, prev1);
          for (int t = 0; t < T; t++) {
            last[t] = base[t] + after[t];
          }
          if (mostGiven > 0) {
            rows[n] = features.historyTagRow(mostGiven, prev1);
            table.add(rows, n, n + 1, last, spans);
          }
          done[prev1] = true;
        }
        next.extend(b, items.score[b], prev1, followers[prev1], last, pairs, (prev1 * T + items.beforeLast[b]) * T, scale);
      }
      next.keepBest(beam);
      System.arraycopy(next.last, 0, tagAt, i * beam, next.size);
      System.arraycopy(next.parent, 0, parentAt, i * beam, next.size);
      Beam swap = items;
      items = next;
      next = swap;
    }
    int[] tags = new int[m];
    for (int i = m - 1, k = 0; i >= 0; i--) {
      tags[i] = tagAt[i * beam + k];
      k = parentAt[i * beam + k];
    }
    return tags;
  }

  /** The scratch room of the beam over one document's sentences, made once per pass rather than per sentence. */
  private final class BeamSearch {
    final int[] base = new int[T];
    final int[] spans = new int[2 * (Features.MAX_STATIC + Features.MAX_DYNAMIC)];
    final int[][] byLast = new int[T][T];
    final boolean[] done = new boolean[T];
    final Beam first = new Beam(beam * T);
    final Beam second = new Beam(beam * T);
    /** Per token and place in the beam, the sequence's last tag and the place of the sequence it extends. */
    int[] tagAt = new int[0];
    int[] parentAt = new int[0];

    /** Makes room for {@code size} back-pointers. */
    void fit(int size) {
      if (tagAt.length < size) {
        tagAt = new int[Math.max(size, 2 * tagAt.length)];
        parentAt = new int[tagAt.length];
      }
    }
  }

  /**
   * For each pair of previous tags ({@code (prev1 * T + prev2) * T}), the scores of the rows that
   * depend on those tags alone ({@link Features#tagRow}, {@link Features#tagPairRow}), summed once
   * per table: the beam looks them up for every sequence it extends.
   */
  private int[] tagScores(Table table) {
    int[] pairs = table.tagScores;
    if (pairs == null) {
      pairs = new int[T * T * T];
      int[] rows = new int[2];
      int[] scores = new int[T];
      for (int p1 = 0; p1 < T; p1++) {
        for (int p2 = 0; p2 < T; p2++) {
          rows[0] = features.tagRow(p1);
          rows[1] = features.tagPairRow(p1, p2);
          java.util.Arrays.fill(scores, 0);
          table.add(rows, 0, 2, scores, new int[4]);
          System.arraycopy(scores, 0, pairs, (p1 * T + p2) * T, T);
        }
      }
      table.tagScores = pairs; // the same values whichever thread computes them first
    }
    return pairs;
  }

  /** For each tag, the tags that may follow it; and those of them that may end a sentence. */
  private static final int[][] FOLLOWERS = new int[T][];
  private static final int[][] LAST_FOLLOWERS = new int[T][];

  static {
    for (int prev = 0; prev < T; prev++) {
      final int p = prev;
      FOLLOWERS[prev] = java.util.stream.IntStream.range(0, T).filter(t -> Tags.allowed(p, t)).toArray();
      LAST_FOLLOWERS[prev] = java.util.Arrays.stream(FOLLOWERS[prev]).filter(Tags::mayEnd).toArray();
    }
  }

  /** The sequences of one step of the beam: each one's score, last two tags and the sequence of the step before it extends. */
  static final class Beam {
    int size;
    final float[] score;
    final int[] last;
    final int[] beforeLast;
    final int[] parent;
    /** Where the sequence ending in tags {@code (last, beforeLast)} is, at {@code last * T + beforeLast}; -1 if none. */
    final int[] slot = new int[T * T];
    /** Scratch room of {@link #keepBest}: the best so far (their places and scores, best first), and what the best hold. */
    private final int[] top;
    private final float[] topScore;
    private final int[] keptLast;
    private final int[] keptBeforeLast;
    private final int[] keptParent;

    Beam(int capacity) {
      score = new float[capacity];
      last = new int[capacity];
      beforeLast = new int[capacity];
      parent = new int[capacity];
      top = new int[capacity];
      topScore = new float[capacity];
      keptLast = new int[capacity];
      keptBeforeLast = new int[capacity];
      keptParent = new int[capacity];
      java.util.Arrays.fill(slot, -1);
    }

    /** This beam emptied to the one sequence a sentence starts from: no tags, score 0, previous tags O. */
    Beam restart() {
      size = 1;
      score[0] = 0f;
      last[0] = Tags.O;
      beforeLast[0] = Tags.O;
      parent[0] = 0;
      return this;
    }

    /**
     * Offers sequence {@code from} (score {@code sc}, last tag {@code prev}) extended by each tag of
     * {@code tags}, in order: tag {@code t} scores {@code sc + (last[t] + pairs[pair + t]) * scale}.
     * Each offer is added, or raises the sequence ending in the same two tags if it scores higher
     * (the first of a tie stays); a loop of its own so that the quick compiler keeps the arrays at hand.
     */
    void extend(int from, float sc, int prev, int[] tags, int[] lastScores, int[] pairs, int pair, float scale) {
      int[] slot = this.slot;
      float[] score = this.score;
      int n = size;
      for (int t : tags) {
        float offered = sc + (lastScores[t] + pairs[pair + t]) * scale;
        int key = t * T + prev;
        int k = slot[key];
        if (k >= 0) {
          if (offered > score[k]) {
            score[k] = offered;
            parent[k] = from;
          }
          continue;
        }
        slot[key] = n;
        score[n] = offered;
        last[n] = t;
        beforeLast[n] = prev;
        parent[n] = from;
        n++;
      }
      size = n;
    }

    /**
     * Keeps the {@code width} best, best first, as a partial selection sort would (each step
     * swapping the first best of the rest into place). The sort's choices depend on the order of
     * the sequences only where scores tie, so the best are first found in one sweep, and the sort
     * itself runs only when that sweep met a tie among them.
     */
    void keepBest(int width) {
      int n = size;
      for (int k = 0; k < n; k++) {
        slot[last[k] * T + beforeLast[k]] = -1; // the next step offers to an empty beam
      }
      int kept = Math.min(width, n);
      if (!bestWithoutTies(kept)) {
        selectionSort(kept);
      }
      size = kept;
    }

    /**
     * Moves the {@code kept} best sequences to the front, best first, if their scores differ from
     * one another and from every other sequence's; returns false, having moved nothing, if not.
     * A sequence's score is compared with those of the best so far, which hold every sequence
     * that could tie with the final best (a sequence pushed out of them scores below all that
     * follow), so a tie that would matter is always seen.
     */
    private boolean bestWithoutTies(int kept) {
      if (kept == 0) {
        return true;
      }
      float[] score = this.score;
      int[] top = this.top;
      float[] topScore = this.topScore;
      int c = 0;
      for (int j = 0, n = size; j < n; j++) {
        float sc = score[j];
        if (c == kept && sc < topScore[c - 1]) {
          continue; // below every one of the best so far: no tie with them
        }
        if (sc != sc) {
          return false; // NaN: left to the sort, whose comparisons define its place
        }
        int at = c;
        for (int k = 0; k < c; k++) {
          float known = topScore[k];
          if (sc == known) {
            return false;
          }
          if (sc > known && at == c) {
            at = k;
          }
        }
        int end = Math.min(c, kept - 1);
        for (int k = end; k > at; k--) {
          top[k] = top[k - 1];
          topScore[k] = topScore[k - 1];
        }
        top[at] = j;
        topScore[at] = sc;
        c = end + 1;
      }
      for (int k = 0; k < kept; k++) { // the best, read before any is overwritten
        int j = top[k];
        keptLast[k] = last[j];
        keptBeforeLast[k] = beforeLast[j];
        keptParent[k] = parent[j];
      }
      System.arraycopy(topScore, 0, score, 0, kept);
      System.arraycopy(keptLast, 0, last, 0, kept);
      System.arraycopy(keptBeforeLast, 0, beforeLast, 0, kept);
      System.arraycopy(keptParent, 0, parent, 0, kept);
      return true;
    }

    /** The first {@code kept} steps of a selection sort, best first, the first best of a tie taken. */
    private void selectionSort(int kept) {
      int n = size;
      float[] score = this.score;
      for (int k = 0; k < kept; k++) {
        int best = k;
        float top = score[k];
        for (int j = k + 1; j < n; j++) {
          float sc = score[j];
          if (sc > top) {
            best = j;
            top = sc;
          }
        }
        if (best != k) {
          score[best] = score[k];
          score[k] = top;
          swap(last, k, best);
          swap(beforeLast, k, best);
          swap(parent, k, best);
        }
      }
    }

    private static void swap(int[] x, int a, int b) {
      int t = x[a];
      x[a] = x[b];
      x[b] = t;
    }
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
    int[][] tags = tag(new Features.Doc(sentences, names, Map.of(), words, list));
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
    vectors.write(out);
    out.flush();
  }

  static NerModel read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    try {
      if (in.readInt() != MAGIC) {
        throw new IOException(name + ": not a Storyline entity model");
      }
      int version = in.readInt();
      if (version != Features.VERSION && version != Features.VERSION_WITHOUT_VECTORS) {
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
      NameList list = NameList.read(in);
      WordClusters vectors = version == Features.VERSION_WITHOUT_VECTORS ? WordClusters.NONE : WordClusters.read(in);
      return new NerModel(features, names, clusters, vectors, list, first, weights);
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
