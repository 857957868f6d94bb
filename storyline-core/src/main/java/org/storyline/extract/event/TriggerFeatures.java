package org.storyline.extract.event;

import java.util.Locale;
import java.util.Set;
import org.storyline.extract.entity.WordClusters;

/**
 * Feature extraction for the trigger tagger. Each feature is a template number and one or two
 * string hashes, mixed into a row of the weight table; no feature string is built at run time, so
 * tagging costs a few hash mixes per token.
 *
 * <p>The features are lexical only (no part-of-speech tagger): the word, its lower-cased form and
 * lemma, suffixes and prefix, shape, neighbours at ±2, the bigrams of the word with each
 * neighbour, the closest function word to the left ("the", "to", "has", "will": what tells a noun
 * or verb reading), the word clusters of the word and its neighbours (which stand in for
 * parts of speech), whether "to" or "that" follows (the complements of I_ACTION, I_STATE and
 * REPORTING events) and the class the TimeML guidelines give the lemma as an example
 * ({@link GuidelineClasses}), for words the training data lacks.
 */
final class TriggerFeatures {

  /** Incremented whenever the features change, so old models are refused. */
  static final int VERSION = 3;
  /** Features per token, at most. */
  static final int MAX = 40;
  /** Features per trigger that only the class model reads ({@link #classRows}), at most. */
  static final int CLASS_MAX = 12;
  /** How far the class model looks for another trigger on either side. */
  private static final int TRIGGER_WINDOW = 6;

  /** Function words that tell what reading the next content word has. */
  private static final Set<String> FUNCTION = Set.of(
      "the", "a", "an", "to", "will", "would", "could", "should", "may", "might", "can", "must", "has", "have", "had",
      "was", "were", "is", "are", "be", "been", "being", "his", "her", "their", "its", "our", "of", "by", "not",
      "n't", "did", "do", "does", "this", "that", "for", "after", "before", "during", "amid", "no");

  private static final String BOUNDARY = "<s>";

  private final WordClusters clusters;
  private final int mask;

  TriggerFeatures(WordClusters clusters, int bits) {
    this.clusters = clusters;
    this.mask = (1 << bits) - 1;
  }

  /** A sentence prepared for feature extraction: every per-word string and lookup computed once. */
  static final class Sentence {
    final String[] words;
    final String[] lower;
    final String[] lemma;
    final int[][] cluster;
    final String[] shape;
    /** Per token: whether it is one of the {@link #FUNCTION} words. */
    final boolean[] function;
    /** Per token: {@link GuidelineClasses#of} its lemma. */
    final int[] guideline;
    /** Per token: what it gives {@link #complement}, 1 for "to", 2 for "that", else 0. */
    final int[] complementWord;

    private Sentence(String[] words, Word[] forms) {
      int n = words.length;
      this.words = words;
      this.lower = new String[n];
      this.lemma = new String[n];
      this.cluster = new int[n][];
      this.shape = new String[n];
      this.function = new boolean[n];
      this.guideline = new int[n];
      this.complementWord = new int[n];
      for (int i = 0; i < n; i++) {
        Word w = forms[i];
        lower[i] = w.lower();
        lemma[i] = w.lemma();
        cluster[i] = w.cluster();
        shape[i] = w.shape();
        function[i] = w.function();
        guideline[i] = w.guideline();
        complementWord[i] = w.complementWord();
      }
    }

    int size() {
      return words.length;
    }
  }

  /**
   * The forms of a token's text that its features read: the same wherever it stands, so a tagger
   * may keep them per word rather than compute them per token.
   */
  record Word(String lower, String lemma, int[] cluster, String shape, boolean function, int guideline, int complementWord) {}

  /** The forms of a token's text. */
  Word word(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String lemma = Lemmas.ofLower(lower);
    int complement = lower.equals("to") ? 1 : lower.equals("that") ? 2 : 0;
    return new Word(lower, lemma, clusters.of(text), shape(text), FUNCTION.contains(lower), GuidelineClasses.of(lemma),
        complement);
  }

  Sentence prepare(String[] words) {
    Word[] forms = new Word[words.length];
    for (int i = 0; i < words.length; i++) {
      forms[i] = word(words[i]);
    }
    return prepare(words, forms);
  }

  /** The sentence of {@code words}, whose forms ({@link #word}) are {@code forms}. */
  static Sentence prepare(String[] words, Word[] forms) {
    return new Sentence(words, forms);
  }

  /** Writes the feature rows of token {@code i} to {@code out}; returns how many. */
  int rows(Sentence s, int i, int[] out) {
    return contextRows(s, i, out, wordRows(s.lower[i], s.lemma[i], s.shape[i], out));
  }

  /** How many of a token's rows {@link #wordRows} writes: they come first, so their scores are a prefix of the token's sum. */
  static final int WORD_ROWS = 8;

  /** Writes the rows that depend on the token's forms alone, the first {@link #WORD_ROWS} of its rows; returns how many. */
  int wordRows(Word w, int[] out) {
    return wordRows(w.lower(), w.lemma(), w.shape(), out);
  }

  /** The {@link #wordRows} of token {@code i}. */
  int wordRows(Sentence s, int i, int[] out) {
    return wordRows(s.lower[i], s.lemma[i], s.shape[i], out);
  }

  private int wordRows(String low, String lemma, String shape, int[] out) {
    int n = 0;
    out[n++] = row(1, 0);
    out[n++] = row(2, low.hashCode());
    out[n++] = row(3, lemma.hashCode());
    out[n++] = row(4, tailHash(low, 2));
    out[n++] = row(5, tailHash(low, 3));
    out[n++] = row(6, tailHash(low, 4));
    out[n++] = row(7, low.length() > 3 ? headHash(low, 3) : 1);
    out[n++] = row(8, shape.hashCode());
    return n;
  }

  /** Writes token {@code i}'s rows after its {@link #wordRows} to {@code out} from {@code n}; returns where they end. */
  int contextRows(Sentence s, int i, int[] out, int n) {
    String low = s.lower[i];
    String p1 = word(s, i - 1);
    String p2 = word(s, i - 2);
    String n1 = word(s, i + 1);
    String n2 = word(s, i + 2);
    out[n++] = row(9, p1.hashCode());
    out[n++] = row(10, n1.hashCode());
    out[n++] = row(11, p2.hashCode());
    out[n++] = row(12, n2.hashCode());
    out[n++] = row(13, p1.hashCode(), s.lemma[i].hashCode());
    out[n++] = row(14, s.lemma[i].hashCode(), n1.hashCode());
    int function = leftFunctionWord(s, i).hashCode();
    out[n++] = row(15, function, s.lemma[i].hashCode());
    out[n++] = row(16, function);
    out[n++] = row(17, i == 0 ? 1 : 0, Character.isUpperCase(s.words[i].charAt(0)) ? 1 : 0);
    int[] c = s.cluster[i];
    if (c != null) {
      for (int l = 0; l < c.length; l++) {
        out[n++] = row(18 + l, c[l]);
      }
      out[n++] = row(23, c[c.length - 1], p1.hashCode());
    } else {
      out[n++] = row(24, s.shape[i].hashCode(), tailHash(low, 3));
    }
    n = neighbourClusters(s, i - 1, 25, out, n);
    n = neighbourClusters(s, i + 1, 27, out, n);
    int complement = complement(s, i);
    out[n++] = row(29, complement, c == null ? -1 : c[Math.min(2, c.length - 1)]);
    out[n++] = row(30, n1.hashCode(), n2.hashCode());
    int[] next = i + 1 < s.size() ? s.cluster[i + 1] : null;
    out[n++] = row(31, s.lemma[i].hashCode(), next == null ? -1 : next[Math.min(1, next.length - 1)]);
    out[n++] = row(32, s.guideline[i], complement);
    out[n++] = row(33, s.guideline[i]);
    return n;
  }

  /**
   * Writes the rows of trigger {@code i} that the class model reads beside its {@link #wordRows};
   * {@code trigger} tells which tokens of the sentence are triggers. What sets the intensional classes
   * apart is what the trigger governs: another event after it ("agreed to buy", "said it would"),
   * and the event that governs it ("agreed to buy" makes "buy" an OCCURRENCE).
   */
  int classRows(Sentence s, int i, boolean[] trigger, int[] out) {
    int n = 0;
    int lemma = s.lemma[i].hashCode();
    int complement = complement(s, i);
    int left = closestTrigger(trigger, i, -1);
    int right = closestTrigger(trigger, i, +1);
    int leftLemma = left < 0 ? 0 : s.lemma[left].hashCode();
    int rightLemma = right < 0 ? 0 : s.lemma[right].hashCode();
    out[n++] = row(40, lemma, complement);
    out[n++] = row(41, leftLemma);
    out[n++] = row(42, leftLemma, word(s, i - 1).hashCode());
    out[n++] = row(43, rightLemma);
    int governed = right < 0 ? 0 : Math.min(3, right - i) * 3 + complement; // how far the next trigger is, and how
    out[n++] = row(44, lemma, governed);
    out[n++] = row(45, s.guideline[i], governed);
    out[n++] = row(46, word(s, i - 3).hashCode());
    out[n++] = row(47, word(s, i + 3).hashCode());
    out[n++] = row(48, word(s, i - 1).hashCode(), tailHash(s.lower[i], 3));
    out[n++] = row(49, lemma, word(s, i - 2).hashCode());
    return n;
  }

  /** The closest trigger to {@code i} in direction {@code step} within {@link #TRIGGER_WINDOW} tokens, or -1. */
  private static int closestTrigger(boolean[] trigger, int i, int step) {
    for (int j = i + step, k = 0; j >= 0 && j < trigger.length && k < TRIGGER_WINDOW; j += step, k++) {
      if (trigger[j]) {
        return j;
      }
    }
    return -1;
  }

  private int neighbourClusters(Sentence s, int j, int template, int[] out, int n) {
    int[] c = j < 0 || j >= s.size() ? null : s.cluster[j];
    out[n++] = row(template, c == null ? -1 : c[Math.min(1, c.length - 1)]);
    out[n++] = row(template + 1, c == null ? -1 : c[Math.min(2, c.length - 1)]);
    return n;
  }

  /** 1 when "to" follows within three tokens, 2 when "that" does, else 0: what intensional classes take. */
  private static int complement(Sentence s, int i) {
    for (int j = i + 1; j <= Math.min(s.size() - 1, i + 3); j++) {
      if (s.complementWord[j] != 0) {
        return s.complementWord[j];
      }
    }
    return 0;
  }

  private static String word(Sentence s, int j) {
    return j < 0 || j >= s.size() ? BOUNDARY : s.lower[j];
  }

  /** The closest function word within three tokens to the left, or the boundary marker. */
  private static String leftFunctionWord(Sentence s, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (s.function[j]) {
        return s.lower[j];
      }
    }
    return BOUNDARY;
  }

  /** The hash of the last {@code k} chars (the whole word if shorter), as String.hashCode gives it, without a substring. */
  static int tailHash(String w, int k) {
    int h = 0;
    for (int j = Math.max(0, w.length() - k); j < w.length(); j++) {
      h = 31 * h + w.charAt(j);
    }
    return h;
  }

  /** The hash of the first {@code k} chars, as String.hashCode gives it, without a substring. */
  static int headHash(String w, int k) {
    int h = 0;
    for (int j = 0; j < Math.min(k, w.length()); j++) {
      h = 31 * h + w.charAt(j);
    }
    return h;
  }

  /** Letters as x/X, digits as d, others as themselves, runs collapsed: "Dec." is "Xx.". */
  static String shape(String w) {
    StringBuilder b = new StringBuilder(Math.min(w.length(), 8));
    char last = 0;
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      char c = Character.isUpperCase(ch) ? 'X' : Character.isLetter(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
      if (c != last) {
        b.append(c);
        last = c;
      }
    }
    return b.toString();
  }

  private int row(int template, int a) {
    return row(template, a, 0x5bd1e995);
  }

  private int row(int template, int a, int b) {
    long h = template * 0x9E3779B97F4A7C15L;
    h ^= a * 0xC2B2AE3D27D4EB4FL;
    h = mix(h);
    h ^= b * 0x165667B19E3779F9L;
    return (int) mix(h) & mask;
  }

  /** The finaliser of MurmurHash3 (64 bit): every input bit flips each output bit with even odds. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
