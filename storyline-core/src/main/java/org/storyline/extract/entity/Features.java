package org.storyline.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature extraction for the entity tagger. A feature is a template and its values, hashed to a
 * row of the weight table; there are no feature strings at run time.
 *
 * <p>Static features depend on the words only: the word, its lower-cased form, its shapes
 * ({@code Xx}, {@code X.X.}, {@code d-d}), prefixes and suffixes, neighbours at ±2, the sentence
 * position, whether the sentence is an all-caps headline, and document-level facts (the word is
 * seen elsewhere in the document in lower case, or capitalised where capitals are not forced),
 * names of the training data (see {@link Gazetteer}) and a list of first names.
 * Dynamic features depend on the tags already given: the previous two tags, and the types the
 * same word was given earlier in the same document.
 */
final class Features {

  /** Incremented whenever the features change, so old models are refused. */
  static final int VERSION = 10;
  /**
   * The version before the clusters of pre-trained word vectors: its features are this version's
   * without the vector clusters' rows (which a model without vector clusters never gives), so
   * its models are still read, as models without vector clusters.
   */
  static final int VERSION_WITHOUT_VECTORS = 9;

  private final int bits;

  Features(int bits) {
    if (bits < 10 || bits > 26) {
      throw new IllegalArgumentException("bits must be in [10, 26], got " + bits);
    }
    this.bits = bits;
  }

  int bits() {
    return bits;
  }

  int rows() {
    return 1 << bits;
  }

  /** A document prepared for tagging: normalised words and what the document says of them. */
  static final class Doc {
    final String[][] words;
    final String[][] lower;
    final long[][] lowerHash;
    final String[][] shape;
    final long[][] shapeHash;
    final boolean[] capsSentence;
    final Map<String, Integer> lowerCount = new HashMap<>();
    final Map<String, Integer> capNonInitialCount = new HashMap<>();
    final int[][] gazetteer;
    /** Each token's clusters, coarse to fine, or null for a word the clusters do not know. */
    final int[][][] clusters;
    /** Each token's matches in the name list, as {@link NameList#matches} gives them. */
    final long[][] listed;
    /** Per token: its place in a run of capitalised words (0 none, 1 B, 2 I, 3 L, 4 U) and the run's length, as {@code 8 * length + place}. */
    final int[][] capRun;
    /** Per sentence: a line of a results table (short, two or more numbers, no lower-case word). */
    final boolean[] tableLine;
    /** For each capitalised word (in lower case), where it occurs capitalised: sentence and token, packed. */
    final Map<String, long[]> occurrences = new HashMap<>();
    /** Each token's word, as {@link #cache} knows it. */
    final WordFacts[][] facts;
    /** Where the words' facts come from: a tagger may use the scores kept in them only if the cache is its own. */
    final WordCache cache;

    Doc(List<List<String>> sentences) {
      this(sentences, Gazetteer.EMPTY, Map.of(), WordCache.none(WordClusters.NONE, WordClusters.NONE), NameList.NONE);
    }

    /** A document whose words' facts come from {@code cache}; its own names {@code own} are left out of the gazetteer's counts. */
    Doc(List<List<String>> sentences, Gazetteer names, Map<String, int[]> own, WordCache cache, NameList list) {
      this.cache = cache;
      int n = sentences.size();
      words = new String[n][];
      lower = new String[n][];
      lowerHash = new long[n][];
      shape = new String[n][];
      shapeHash = new long[n][];
      capsSentence = new boolean[n];
      gazetteer = new int[n][];
      clusters = new int[n][][];
      listed = new long[n][];
      capRun = new int[n][];
      tableLine = new boolean[n];
      facts = new WordFacts[n][];
      for (int s = 0; s < n; s++) {
        List<String> raw = sentences.get(s);
        int m = raw.size();
        words[s] = new String[m];
        lower[s] = new String[m];
        lowerHash[s] = new long[m];
        shape[s] = new String[m];
        shapeHash[s] = new long[m];
        clusters[s] = new int[m][];
        facts[s] = new WordFacts[m];
        int upper = 0;
        int lettered = 0;
        for (int i = 0; i < m; i++) {
          WordFacts f = cache.of(normalise(raw.get(i)));
          String w = f.word;
          facts[s][i] = f;
          words[s][i] = w;
          lower[s][i] = f.lower;
          lowerHash[s][i] = f.lowerHash;
          shape[s][i] = f.shape;
          shapeHash[s][i] = f.shapeHash;
          clusters[s][i] = f.clusters;
          if (f.hasLetter) {
            lettered++;
            if (f.allCaps) {
              upper++;
            }
          }
        }
        String[] keys = new String[m];
        for (int i = 0; i < m; i++) {
          keys[i] = facts[s][i].key;
        }
        gazetteer[s] = names.matches(words[s], keys, own);
        listed[s] = list.matches(words[s], keys);
        capsSentence[s] = lettered >= 2 && upper * 10 >= lettered * 8;
        capRun[s] = capitalisedRuns(words[s]);
        tableLine[s] = isTableLine(words[s]);
        for (int i = 0; i < m; i++) {
          String w = words[s][i];
          if (facts[s][i].remembered) {
            long[] at = occurrences.get(lower[s][i]);
            if (at == null) {
              occurrences.put(lower[s][i], new long[] {pack(s, i)});
            } else if (at.length < MAX_OCCURRENCES) {
              long[] more = java.util.Arrays.copyOf(at, at.length + 1);
              more[at.length] = pack(s, i);
              occurrences.put(lower[s][i], more);
            }
          }
          WordFacts f = facts[s][i];
          if (f.lowerWord) {
            lowerCount.merge(lower[s][i], 1, Integer::sum);
          } else if (i > 0 && !capsSentence[s] && Character.isUpperCase(w.charAt(0)) && !f.allCaps) {
            capNonInitialCount.merge(lower[s][i], 1, Integer::sum);
          }
        }
      }
    }

    int sentences() {
      return words.length;
    }

    /** Whether token {@code i} of sentence {@code s} is {@link Features#remembered remembered}. */
    boolean remembered(int s, int i) {
      return facts[s][i].remembered;
    }

    private static long pack(int s, int i) {
      return ((long) s << 32) | i;
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of(
        "of", "for", "de", "del", "della", "di", "da", "du", "des", "la", "le", "van", "von", "der", "den", "al", "el");

    /** Runs of capitalised words, which may hold connectors between two capitalised words ("Bank of England"). */
    static int[] capitalisedRuns(String[] w) {
      int m = w.length;
      boolean[] cap = new boolean[m];
      for (int i = 0; i < m; i++) {
        cap[i] = !w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0));
      }
      boolean[] in = cap.clone();
      for (int i = 1; i + 1 < m; i++) {
        if (!cap[i] && cap[i - 1] && cap[i + 1] && CONNECTORS.contains(w[i])) {
          in[i] = true;
        }
      }
      int[] out = new int[m];
      for (int i = 0; i < m; ) {
        if (!in[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j < m && in[j]) {
          j++;
        }
        int len = Math.min(j - i, 5);
        for (int k = i; k < j; k++) {
          int place = j - i == 1 ? 4 : k == i ? 1 : k == j - 1 ? 3 : 2;
          out[k] = 8 * len + place;
        }
        i = j;
      }
      return out;
    }

    /** A short line with two or more numbers and no lower-case word, as in sports results. */
    static boolean isTableLine(String[] w) {
      if (w.length > 14) {
        return false;
      }
      int numbers = 0;
      for (String x : w) {
        if (isLowerWord(x) && x.length() > 1) {
          return false;
        }
        if (!x.isEmpty() && Character.isDigit(x.charAt(0))) {
          numbers++;
        }
      }
      return numbers >= 2;
    }

    /** The static rows of each token, once computed, and the features and parts they were computed by. */
    int[][][] rowCache;
    Features rowCacheOwner;
    int rowCacheParts;
    int[] buffer;

    /** The first pass's tags, or null while there is none. */
    int[][] firstPass;
    /** Per token: the type index (1..4) most often given by the first pass to the same word elsewhere, 0 if none. */
    int[][] otherType;
    /** Per token: bit set of the type indices of longer chunks the same word is part of elsewhere. */
    int[][] longerTypes;

    /**
     * Sets the tags of a first pass over this document, from which the second pass learns what
     * the rest of the document says of each capitalised word: the types the same word got
     * elsewhere (this occurrence left out) and the types of longer names it is part of.
     */
    void firstPass(int[][] tags) {
      if (tags.length != words.length) {
        throw new IllegalArgumentException("first pass has " + tags.length + " sentences, the document " + words.length);
      }
      Map<String, int[]> typeCounts = new HashMap<>();
      Map<String, int[]> longer = new HashMap<>();
      List<List<EntityChunk>> chunks = new java.util.ArrayList<>(tags.length);
      for (int s = 0; s < tags.length; s++) {
        chunks.add(Tags.decode(tags[s]));
        for (int i = 0; i < tags[s].length; i++) {
          if (remembered(s, i)) {
            typeCounts.computeIfAbsent(lower[s][i], k -> new int[5])[Tags.typeIndex(tags[s][i])]++;
          }
        }
        for (EntityChunk c : chunks.get(s)) {
          if (c.end() - c.start() > 1) {
            for (int i = c.start(); i < c.end(); i++) {
              longer.computeIfAbsent(lower[s][i], k -> new int[5])[1 + c.type().ordinal()]++;
            }
          }
        }
      }
      firstPass = tags;
      otherType = new int[tags.length][];
      longerTypes = new int[tags.length][];
      for (int s = 0; s < tags.length; s++) {
        int m = tags[s].length;
        otherType[s] = new int[m];
        longerTypes[s] = new int[m];
        int[] inLonger = new int[m]; // the type index of the longer chunk this token is in, if any
        for (EntityChunk c : chunks.get(s)) {
          if (c.end() - c.start() > 1) {
            for (int i = c.start(); i < c.end(); i++) {
              inLonger[i] = 1 + c.type().ordinal();
            }
          }
        }
        for (int i = 0; i < m; i++) {
          if (!remembered(s, i)) {
            continue;
          }
          int[] counts = typeCounts.get(lower[s][i]);
          int self = Tags.typeIndex(tags[s][i]);
          int best = 0;
          for (int t = 1; t < 5; t++) {
            int c = counts[t] - (t == self ? 1 : 0);
            if (c > 0 && (best == 0 || c > counts[best] - (best == self ? 1 : 0))) {
              best = t;
            }
          }
          otherType[s][i] = best;
          int[] l = longer.get(lower[s][i]);
          if (l != null) {
            for (int t = 1; t < 5; t++) {
              if (l[t] - (inLonger[i] == t ? 1 : 0) > 0) {
                longerTypes[s][i] |= 1 << t;
              }
            }
          }
        }
      }
    }
  }

  /** How many occurrences of a word the context-aggregation features look at. */
  static final int MAX_OCCURRENCES = 8;

  /** The maximum number of static features of a token. */
  static final int MAX_STATIC = 200;
  /** The maximum number of dynamic features of a token. */
  static final int MAX_DYNAMIC = 12;

  /**
   * The parts of a token's static rows but the first pass's, by what they depend on: the token's
   * word alone; the word before it, after it, two before, two after (markers at the sentence's
   * edges); the rest (neighbours together, the sentence, the document). Each part but the last
   * is the same wherever the word it depends on stands, which a tagger may use to sum it once
   * per word ({@link WordFacts}).
   */
  static final int SELF = 1;
  static final int LEFT1 = 2;
  static final int RIGHT1 = 4;
  static final int LEFT2 = 8;
  static final int RIGHT2 = 16;
  static final int CONTEXT = 32;
  static final int ALL = SELF | LEFT1 | RIGHT1 | LEFT2 | RIGHT2 | CONTEXT;

  /** Writes the static feature rows of token {@code i} of sentence {@code s} to {@code out}; returns how many. */
  int staticRows(Doc d, int s, int i, int[] out) {
    int n = baseRows(d, s, i, out, ALL);
    return d.firstPass == null ? n : firstPassRows(d, s, i, d.shapeHash[s][i], out, n);
  }

  /**
   * The static rows of token {@code i} of sentence {@code s} but the first pass's, computed once
   * per document and model and kept in the document (tagging twice, or training for many epochs,
   * reuses them).
   */
  int[] cachedBaseRows(Doc d, int s, int i) {
    return cachedRows(d, s, i, ALL);
  }

  /**
   * The rows of the given {@code parts} (see {@link #SELF}) of token {@code i} of sentence
   * {@code s}, computed once per document, model and parts and kept in the document.
   */
  int[] cachedRows(Doc d, int s, int i, int parts) {
    if (d.rowCacheOwner != this || d.rowCacheParts != parts) {
      d.rowCache = new int[d.sentences()][][];
      for (int k = 0; k < d.sentences(); k++) {
        d.rowCache[k] = new int[d.words[k].length][];
      }
      d.rowCacheOwner = this;
      d.rowCacheParts = parts;
      d.buffer = new int[MAX_STATIC];
    }
    int[] rows = d.rowCache[s][i];
    if (rows == null) {
      rows = java.util.Arrays.copyOf(d.buffer, baseRows(d, s, i, d.buffer, parts));
      d.rowCache[s][i] = rows;
    }
    return rows;
  }

  /** Writes the rows of the given {@code parts} of a token's static rows (the first pass's aside) to {@code out}; returns how many. */
  int partRows(Doc d, int s, int i, int parts, int[] out) {
    return baseRows(d, s, i, out, parts);
  }

  /**
   * The static rows but the first pass's, of the given parts only; with {@link #ALL}, in the
   * order training has always summed them (a float sum's last bit depends on it).
   */
  private int baseRows(Doc d, int s, int i, int[] out, int parts) {
    String[] words = d.words[s];
    String w = words[i];
    String lw = d.lower[s][i];
    long lh = d.lowerHash[s][i];
    long sh = d.shapeHash[s][i];
    int n = 0;
    if ((parts & SELF) != 0) {
      n = wordRows(w, lw, lh, sh, out, n);
    }
    long lm1 = lowerAt(d, s, i - 1);
    long lp1 = lowerAt(d, s, i + 1);
    long sm1 = shapeAt(d, s, i - 1);
    long sp1 = shapeAt(d, s, i + 1);
    if ((parts & (LEFT1 | RIGHT1 | LEFT2 | RIGHT2)) != 0) {
      n = neighbourRows(d, s, i, parts, out, n);
    }
    if ((parts & CONTEXT) != 0) {
      n = contextRows(d, s, i, out, n, lm1, lp1, sm1, sp1);
    }
    if ((parts & SELF) != 0) {
      n = dashRows(w, lw, out, n);
    }
    if ((parts & CONTEXT) != 0) {
      n = runListAndElsewhereRows(d, s, i, out, n);
    }
    int[] c = d.clusters[s][i];
    if ((parts & SELF) != 0 && c != null) {
      for (int l = 0; l < c.length; l++) {
        out[n++] = row(50 + l, c[l]);
      }
      out[n++] = row(58, mix(c[Math.min(2, c.length - 1)], sh));
    }
    n = vectorRows(d, s, i, parts, sh, out, n);
    int[] cm1 = i > 0 ? d.clusters[s][i - 1] : null;
    int[] cp1 = i + 1 < words.length ? d.clusters[s][i + 1] : null;
    if ((parts & LEFT1) != 0 && cm1 != null) {
      out[n++] = row(54, cm1[Math.min(2, cm1.length - 1)]);
      out[n++] = row(56, cm1[cm1.length - 1]);
    }
    if ((parts & RIGHT1) != 0 && cp1 != null) {
      out[n++] = row(55, cp1[Math.min(2, cp1.length - 1)]);
      out[n++] = row(57, cp1[cp1.length - 1]);
    }
    if ((parts & CONTEXT) != 0) {
      int cw = c == null ? -1 : c[Math.min(2, c.length - 1)];
      int cl = cm1 == null ? (i == 0 ? -2 : -1) : cm1[Math.min(2, cm1.length - 1)];
      int cr = cp1 == null ? (i + 1 == words.length ? -2 : -1) : cp1[Math.min(2, cp1.length - 1)];
      out[n++] = row(84, mix(cl, cw));
      out[n++] = row(85, mix(cw, cr));
    }
    return n;
  }

  /**
   * The rows of the clusters of pre-trained word vectors: the word's at each level and its middle
   * level with its shape; each neighbour's at a middle and the finest level. Vectors learnt from
   * a large corpus place words the training data never saw (most names of new text) beside words
   * it did, which is what lets the tagger generalise beyond its training data.
   */
  private int vectorRows(Doc d, int s, int i, int parts, long sh, int[] out, int n) {
    int[] v = d.facts[s][i].vectors;
    if ((parts & SELF) != 0 && v != null) {
      for (int l = 0; l < v.length; l++) {
        out[n++] = row(100 + l, v[l]);
      }
      out[n++] = row(108, mix(v[middle(v)], sh));
    }
    int[] left = i > 0 ? d.facts[s][i - 1].vectors : null;
    if ((parts & LEFT1) != 0 && left != null) {
      out[n++] = row(109, left[middle(left)]);
      out[n++] = row(110, left[left.length - 1]);
    }
    int[] right = i + 1 < d.words[s].length ? d.facts[s][i + 1].vectors : null;
    if ((parts & RIGHT1) != 0 && right != null) {
      out[n++] = row(111, right[middle(right)]);
      out[n++] = row(112, right[right.length - 1]);
    }
    return n;
  }

  /** The level of a word's clusters read as its class where one level is read: the third, or the finest of fewer. */
  private static int middle(int[] clusters) {
    return Math.min(2, clusters.length - 1);
  }

  /** The rows of the word itself: bias, word, lower case, shapes, prefixes and suffixes. */
  private int wordRows(String w, String lw, long lh, long sh, int[] out, int n) {
    out[n++] = row(1, 0);
    out[n++] = row(2, hash(2, w));
    out[n++] = row(3, lh);
    out[n++] = row(4, sh);
    out[n++] = row(5, hash(5, longShape(w)));
    for (int k = 1; k <= 4 && k < lw.length(); k++) {
      out[n++] = row(6 + k, hash(k, lw, 0, k));
      out[n++] = row(10 + k, hash(k, lw, lw.length() - k, lw.length()));
    }
    return n;
  }

  /** The rows of the words around, each alone, of the given parts, in template order. */
  private int neighbourRows(Doc d, int s, int i, int parts, int[] out, int n) {
    if ((parts & LEFT1) != 0) {
      out[n++] = row(20, lowerAt(d, s, i - 1));
    }
    if ((parts & RIGHT1) != 0) {
      out[n++] = row(21, lowerAt(d, s, i + 1));
    }
    if ((parts & LEFT2) != 0) {
      out[n++] = row(22, lowerAt(d, s, i - 2));
    }
    if ((parts & RIGHT2) != 0) {
      out[n++] = row(23, lowerAt(d, s, i + 2));
    }
    if ((parts & LEFT1) != 0) {
      out[n++] = row(24, shapeAt(d, s, i - 1));
    }
    if ((parts & RIGHT1) != 0) {
      out[n++] = row(25, shapeAt(d, s, i + 1));
    }
    return n;
  }

  /** The rows of the word with its neighbours, the sentence and the document's names. */
  private int contextRows(Doc d, int s, int i, int[] out, int n, long lm1, long lp1, long sm1, long sp1) {
    String[] words = d.words[s];
    String w = words[i];
    String lw = d.lower[s][i];
    long lh = d.lowerHash[s][i];
    long sh = d.shapeHash[s][i];
    out[n++] = row(26, mix(mix(sm1, sh), sp1));
    out[n++] = row(27, mix(lm1, lh));
    out[n++] = row(28, mix(lh, lp1));
    out[n++] = row(29, mix(lm1, sh));
    out[n++] = row(30, mix(sh, lp1));
    boolean caps = d.capsSentence[s];
    out[n++] = row(31, mix(sh, (i == 0 ? 1 : 0) + (caps ? 2 : 0)));
    if (caps) {
      out[n++] = row(32, lh);
    }
    boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    if (capitalised) {
      int lowerElsewhere = d.lowerCount.getOrDefault(lw, 0);
      int capElsewhere = d.capNonInitialCount.getOrDefault(lw, 0);
      if (i > 0 && !caps && !isAllCaps(w)) {
        capElsewhere--; // this occurrence itself
      }
      out[n++] = row(33, mix(lowerElsewhere > 0 ? 1 : 0, capElsewhere > 0 ? 1 : 0) ^ (caps ? 7 : 0) ^ (i == 0 ? 13 : 0));
      out[n++] = row(34, mix(mix(lowerElsewhere > 0 ? 1 : 0, capElsewhere > 0 ? 1 : 0), sh));
    }
    WordFacts[] facts = d.facts[s];
    boolean first = facts[i].firstName;
    boolean nextFirst = i + 1 < words.length && facts[i + 1].firstName;
    boolean prevFirst = i > 0 && facts[i - 1].firstName;
    if (first || nextFirst || prevFirst) {
      out[n++] = row(38, (first ? 1 : 0) + (prevFirst ? 2 : 0) + (nextFirst ? 4 : 0));
      out[n++] = row(39, mix((first ? 1 : 0) + (prevFirst ? 2 : 0) + (nextFirst ? 4 : 0), mix(sm1, mix(sh, sp1))));
    }
    int gaz = d.gazetteer[s][i];
    if (gaz != 0) {
      for (int b = 0; b < 16; b++) {
        if ((gaz & (1 << b)) != 0) {
          out[n++] = row(35, b);
          out[n++] = row(36, mix(b, sh));
        }
      }
      out[n++] = row(37, gaz);
    }
    return n;
  }

  /** The rows of the parts of a hyphenated word. */
  private int dashRows(String w, String lw, int[] out, int n) {
    int dash = lw.indexOf('-');
    if (dash > 0 && dash < lw.length() - 1) {
      int last = lw.lastIndexOf('-');
      out[n++] = row(92, hash(92, lw, 0, dash));
      out[n++] = row(93, hash(93, lw, last + 1, lw.length()));
      out[n++] = row(94, mix(hash(94, lw, last + 1, lw.length()), Character.isUpperCase(w.charAt(0)) ? 1 : 0));
    }
    return n;
  }

  /** The rows of the run of capitalised words, the results table, the name list and the word's other occurrences. */
  private int runListAndElsewhereRows(Doc d, int s, int i, int[] out, int n) {
    boolean caps = d.capsSentence[s];
    long lh = d.lowerHash[s][i];
    long sh = d.shapeHash[s][i];
    int run = d.capRun[s][i];
    out[n++] = row(80, run + (caps ? 64 : 0) + (i == 0 ? 128 : 0));
    if (run != 0) {
      out[n++] = row(81, mix(run & 7, lh));
    }
    if (d.tableLine[s]) {
      out[n++] = row(82, sh);
      out[n++] = row(83, mix(i == 0 ? 1 : 0, lh));
    }
    long listed = d.listed[s][i];
    if (listed != 0) {
      for (int b = 0; b < 64; b++) {
        if ((listed & (1L << b)) != 0) {
          out[n++] = row(60, b);
          out[n++] = row(61, mix(b, sh));
        }
      }
      out[n++] = row(62, listed);
    }
    if (d.remembered(s, i)) {
      n = contextElsewhereRows(d, s, i, out, n);
    }
    return n;
  }

  /**
   * Context aggregation (Ratinov and Roth 2009): the words next to the other occurrences of the
   * same capitalised word in the document ("beat Rotor", "Rotor coach").
   */
  private int contextElsewhereRows(Doc d, int s, int i, int[] out, int n) {
    long[] at = d.occurrences.get(d.lower[s][i]);
    if (at == null || at.length < 2) {
      return n;
    }
    long self = Doc.pack(s, i);
    int start = n;
    for (long p : at) {
      if (p == self) {
        continue;
      }
      int os = (int) (p >>> 32);
      int oi = (int) p;
      n = addOnce(out, start, n, row(90, lowerAt(d, os, oi - 1)));
      n = addOnce(out, start, n, row(91, lowerAt(d, os, oi + 1)));
    }
    return n;
  }

  private static int addOnce(int[] out, int from, int n, int row) {
    for (int k = from; k < n; k++) {
      if (out[k] == row) {
        return n;
      }
    }
    out[n] = row;
    return n + 1;
  }

  /** The second pass's features: the first pass's tags around the token and what the document says of its word. */
  int firstPassRows(Doc d, int s, int i, long sh, int[] out, int n) {
    int[] fp = d.firstPass[s];
    int tag = fp[i];
    int before = i > 0 ? fp[i - 1] : -1;
    int after = i + 1 < fp.length ? fp[i + 1] : -2;
    out[n++] = row(70, tag);
    out[n++] = row(71, mix(before, tag));
    out[n++] = row(72, mix(tag, after));
    int other = d.otherType[s][i];
    if (other != 0) {
      out[n++] = row(73, other);
      out[n++] = row(74, mix(other, sh));
      out[n++] = row(75, mix(other, tag));
    }
    int longer = d.longerTypes[s][i];
    if (longer != 0) {
      out[n++] = row(76, longer);
      out[n++] = row(77, mix(longer, tag));
    }
    return n;
  }

  /**
   * Writes the dynamic feature rows of a token to {@code out} from {@code off}; returns the new end.
   *
   * @param prev1 the previous tag (O at the start)
   * @param prev2 the tag before it
   * @param history counts of the types this word was tagged with earlier in the document, by type index; may be null
   */
  int dynamicRows(Doc d, int s, int i, int prev1, int prev2, int[] history, int[] out, int off) {
    out[off] = tagRow(prev1);
    out[off + 1] = tagPairRow(prev1, prev2);
    return wordTagRows(d, s, i, prev1, history, out, off + 2);
  }

  /**
   * The dynamic row of the previous tag alone. With {@link #tagPairRow}, the rows that depend on
   * the tags alone, whatever the word: few enough for a tagger to keep their weights at hand.
   */
  int tagRow(int prev1) {
    return row(40, prev1);
  }

  /** The dynamic row of the previous two tags. */
  int tagPairRow(int prev1, int prev2) {
    return row(41, mix(prev1, prev2));
  }

  /** The dynamic rows but {@link #tagRow} and {@link #tagPairRow}: the previous tag with the word, and the document history. */
  int wordTagRows(Doc d, int s, int i, int prev1, int[] history, int[] out, int off) {
    return historyRows(prev1, history, d.shapeHash[s][i], out, previousTagRows(d, s, i, prev1, out, off));
  }

  /** The rows of the previous tag with the word: the same wherever the word follows that tag. */
  int previousTagRows(Doc d, int s, int i, int prev1, int[] out, int off) {
    long lh = d.lowerHash[s][i];
    long sh = d.shapeHash[s][i];
    int n = off;
    out[n++] = row(42, mix(prev1, lh));
    out[n++] = row(43, mix(prev1, sh));
    int[] c = d.clusters[s][i];
    if (c != null) {
      out[n++] = row(49, mix(prev1, c[Math.min(2, c.length - 1)]));
    }
    return n;
  }

  /** The rows of the types the word was given earlier in the document ({@code history}, may be null). */
  int historyRows(int prev1, int[] history, long sh, int[] out, int off) {
    int n = historyWordRows(history, sh, out, off);
    int best = history == null ? 0 : mostGiven(history);
    if (best > 0) {
      out[n++] = historyTagRow(best, prev1); // after the others: the order training has always summed them in
    }
    return n;
  }

  /**
   * The rows of {@link #historyRows} that do not depend on the previous tag, which a tagger may
   * sum once per token rather than once per previous tag: all of them but {@link #historyTagRow}.
   */
  int historyWordRows(int[] history, long sh, int[] out, int off) {
    int n = off;
    if (history != null) {
      for (int t = 1; t < history.length; t++) {
        if (history[t] > 0) {
          out[n++] = row(44, t);
        }
      }
      int best = mostGiven(history);
      if (best > 0) {
        out[n++] = row(45, best);
        out[n++] = row(46, mix(best, sh));
      } else if (history[0] > 0) {
        out[n++] = row(48, 0);
      }
    }
    return n;
  }

  /** The type the word was given most often earlier in the document (the first of a tie), or 0 for none. */
  static int mostGiven(int[] history) {
    int best = 0;
    for (int t = 1; t < history.length; t++) {
      if (history[t] > 0 && (best == 0 || history[t] > history[best])) {
        best = t;
      }
    }
    return best;
  }

  /** The row of {@link #historyRows} with the previous tag, for a word most often given type {@code best} (above 0). */
  int historyTagRow(int best, int prev1) {
    return row(47, mix(best, prev1));
  }

  private static long lowerAt(Doc d, int s, int i) {
    if (i < 0) {
      return -1 - i; // distinct markers before the start ...
    }
    if (i >= d.lower[s].length) {
      return 100 + i - d.lower[s].length; // ... and after the end
    }
    return d.lowerHash[s][i];
  }

  private static long shapeAt(Doc d, int s, int i) {
    if (i < 0 || i >= d.shape[s].length) {
      return i < 0 ? 1 : 2;
    }
    return d.shapeHash[s][i];
  }

  private int row(int template, long value) {
    long h = mix(template * 0x9E3779B97F4A7C15L, value);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (h >>> (64 - bits));
  }

  static long mix(long a, long b) {
    long h = (a ^ 0x2545F4914F6CDD1DL) * 0x100000001B3L;
    h = Long.rotateLeft(h, 29) ^ b;
    return h * 0xBF58476D1CE4E5B9L;
  }

  static long hash(long seed, String s) {
    return hash(seed, s, 0, s.length());
  }

  static long hash(long seed, String s, int from, int to) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (int k = from; k < to; k++) {
      h = (h ^ s.charAt(k)) * 0x100000001B3L;
    }
    return h;
  }

  /** Curly quotes and apostrophes as straight ones, dashes as hyphens, as in the CoNLL data. */
  static String normalise(String w) {
    boolean plain = true;
    for (int k = 0; k < w.length() && plain; k++) {
      plain = w.charAt(k) < 0x2010;
    }
    if (plain) {
      return w;
    }
    StringBuilder b = new StringBuilder(w.length());
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      switch (c) {
        case '‘', '’', '‛', '′' -> b.append('\'');
        case '“', '”', '„', '″' -> b.append('"');
        case '‐', '‑', '‒', '–', '—', '―' -> b.append('-');
        case '…' -> b.append("...");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Lower case with every digit as 0. */
  static String lowerDigits(String w) {
    char[] c = w.toCharArray();
    for (int k = 0; k < c.length; k++) {
      c[k] = Character.isDigit(c[k]) ? '0' : Character.toLowerCase(c[k]);
    }
    return new String(c);
  }

  /** Letters as X or x, digits as d, other characters as they are; runs of one class collapsed. */
  static String shortShape(String w) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = shapeOf(w.charAt(k));
      if (c != last) {
        b.append(c);
        last = c;
      }
    }
    return b.toString();
  }

  /** The shape of the first four and last two characters, uncollapsed, with the length class. */
  static String longShape(String w) {
    StringBuilder b = new StringBuilder(10);
    int n = w.length();
    for (int k = 0; k < Math.min(4, n); k++) {
      b.append(shapeOf(w.charAt(k)));
    }
    b.append('|');
    for (int k = Math.max(4, n - 2); k < n; k++) {
      b.append(shapeOf(w.charAt(k)));
    }
    b.append(n <= 4 ? String.valueOf(n) : n <= 8 ? "m" : "l");
    return b.toString();
  }

  private static char shapeOf(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLetter(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  static boolean hasLetter(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetter(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Has a letter and no lower-case letter. */
  static boolean isAllCaps(String w) {
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Has a letter and no upper-case letter. */
  static boolean isLowerWord(String w) {
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isUpperCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Whether a word's types are remembered for the history features: it has a capital letter. */
  static boolean remembered(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
