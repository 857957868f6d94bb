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
 * lemma, suffixes and prefix, shape, neighbours at ±2, the lemma with the word before it, the
 * closest function word to the left ("the", "to", "has", "will": what tells a noun or verb
 * reading) alone and with the lemma, the word clusters of the word and its neighbours (which stand
 * in for parts of speech), whether "to" or "that" follows (the complements of I_ACTION, I_STATE and
 * REPORTING events) and the class the TimeML guidelines give the lemma as an example
 * ({@link GuidelineClasses}), for words the training data lacks.
 */
final class TriggerFeatures {

  /** Incremented whenever the features change, so old models are refused. */
  static final int VERSION = 4;
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
  /** What stands beyond either end of a sentence, as a neighbour. */
  static final Word BOUNDARY_WORD = new Word(BOUNDARY, BOUNDARY, null, "", false, false, 0, 0);

  private final WordClusters clusters;
  private final int mask;

  TriggerFeatures(WordClusters clusters, int bits) {
    this.clusters = clusters;
    this.mask = (1 << bits) - 1;
  }

  /**
   * A sentence prepared for feature extraction: the forms of each word ({@link Word}), computed once
   * per word, with its words lower-cased and their lemmas at hand.
   */
  static final class Sentence {
    final String[] words;
    final Word[] forms;
    final String[] lower;
    final String[] lemma;

    private Sentence(String[] words, Word[] forms) {
      int n = words.length;
      this.words = words;
      this.forms = forms;
      this.lower = new String[n];
      this.lemma = new String[n];
      for (int i = 0; i < n; i++) {
        lower[i] = forms[i].lower();
        lemma[i] = forms[i].lemma();
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
  record Word(String lower, String lemma, int[] cluster, String shape, boolean capital, boolean function, int guideline,
      int complementWord) {}

  /** The forms of a token's text. */
  Word word(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String lemma = Lemmas.ofLower(lower);
    int complement = lower.equals("to") ? 1 : lower.equals("that") ? 2 : 0;
    return new Word(lower, lemma, clusters.of(text), shape(text), Character.isUpperCase(text.charAt(0)),
        FUNCTION.contains(lower), GuidelineClasses.of(lemma), complement);
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
    return rows(s, i, out, null);
  }

  /** {@link #rows(Sentence, int, int[])}, with where each of the {@link #PARTS} parts ends written to {@code ends} unless null. */
  int rows(Sentence s, int i, int[] out, int[] ends) {
    return contextRows(s, i, out, wordRows(s.lower[i], s.lemma[i], s.forms[i].shape(), out), ends);
  }

  /** How many of a token's rows {@link #wordRows} writes: they come first, so their scores are a prefix of the token's sum. */
  static final int WORD_ROWS = 8;

  /** Writes the rows that depend on the token's forms alone, the first {@link #WORD_ROWS} of its rows; returns how many. */
  int wordRows(Word w, int[] out) {
    return wordRows(w.lower(), w.lemma(), w.shape(), out);
  }

  /** The {@link #wordRows} of token {@code i}. */
  int wordRows(Sentence s, int i, int[] out) {
    return wordRows(s.lower[i], s.lemma[i], s.forms[i].shape(), out);
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

  /**
   * Writes token {@code i}'s rows after its {@link #wordRows} to {@code out} from {@code n}; returns where they end.
   * They come in {@link #PARTS} parts, most of which depend on one word of the sentence alone, so
   * that a tagger may keep each word's sums of them (see {@link #contextRows(Sentence, int, int[], int, int[])}).
   */
  int contextRows(Sentence s, int i, int[] out, int n) {
    return contextRows(s, i, out, n, null);
  }

  /** How many parts {@link #contextRows(Sentence, int, int[], int, int[])} writes. */
  static final int PARTS = 9;

  /**
   * {@link #contextRows(Sentence, int, int[], int)}, writing to {@code ends}, when not null, where
   * each part ends: the token's own word ({@link #ownRows}, after its word rows, so the first part
   * takes those in), what "to" or "that" after it makes of it ({@link #complementRows}), the words
   * before and after it as neighbours ({@link #previousRows}, {@link #nextRows}, {@link
   * #secondPreviousRows}, {@link #secondNextRows}), the function word on its left ({@link
   * #functionRows}), its place ({@link #positionRows}), and the rows of two words together
   * ({@link #pairRows}), the only ones a tagger cannot keep per word.
   */
  int contextRows(Sentence s, int i, int[] out, int n, int[] ends) {
    int part = 0;
    n = mark(ends, part++, ownRows(s.forms[i], out, n));
    n = mark(ends, part++, complementRows(s.forms[i], complement(s, i), out, n));
    n = mark(ends, part++, previousRows(form(s, i - 1), out, n));
    n = mark(ends, part++, nextRows(form(s, i + 1), out, n));
    n = mark(ends, part++, secondPreviousRows(form(s, i - 2), out, n));
    n = mark(ends, part++, secondNextRows(form(s, i + 2), out, n));
    n = mark(ends, part++, functionRows(form(s, leftFunctionWord(s, i)), out, n));
    n = mark(ends, part++, positionRows(i == 0, s.forms[i].capital(), out, n));
    return mark(ends, part, pairRows(s, i, out, n));
  }

  private static int mark(int[] ends, int part, int n) {
    if (ends != null) {
      ends[part] = n;
    }
    return n;
  }

  /** The rows of a word's own forms beside its {@link #wordRows}: its clusters (or shape and suffix), its guideline class. */
  int ownRows(Word w, int[] out, int n) {
    int[] c = w.cluster();
    if (c != null) {
      for (int l = 0; l < c.length; l++) {
        out[n++] = row(18 + l, c[l]);
      }
    } else {
      out[n++] = row(24, w.shape().hashCode(), tailHash(w.lower(), 3));
    }
    out[n++] = row(33, w.guideline());
    return n;
  }

  /** The rows of a word followed by {@code complement} ({@link #complement}: "to", "that" or neither). */
  int complementRows(Word w, int complement, int[] out, int n) {
    int[] c = w.cluster();
    out[n++] = row(29, complement, c == null ? -1 : c[Math.min(2, c.length - 1)]);
    out[n++] = row(32, w.guideline(), complement);
    return n;
  }

  /** The rows that the word before a token gives it ({@link #BOUNDARY_WORD} at the start). */
  int previousRows(Word p, int[] out, int n) {
    out[n++] = row(9, p.lower().hashCode());
    return neighbourClusters(p, 25, out, n);
  }

  /** The rows that the word after a token gives it. */
  int nextRows(Word x, int[] out, int n) {
    out[n++] = row(10, x.lower().hashCode());
    return neighbourClusters(x, 27, out, n);
  }

  /** The row that the word two before a token gives it. */
  int secondPreviousRows(Word p, int[] out, int n) {
    out[n++] = row(11, p.lower().hashCode());
    return n;
  }

  /** The row that the word two after a token gives it. */
  int secondNextRows(Word x, int[] out, int n) {
    out[n++] = row(12, x.lower().hashCode());
    return n;
  }

  /** The row of the closest function word on a token's left ({@link #BOUNDARY_WORD} for none). */
  int functionRows(Word f, int[] out, int n) {
    out[n++] = row(16, f.lower().hashCode());
    return n;
  }

  /** The row of whether a token opens the sentence and is capitalised. */
  int positionRows(boolean first, boolean capital, int[] out, int n) {
    out[n++] = row(17, first ? 1 : 0, capital ? 1 : 0);
    return n;
  }

  /**
   * The rows of token {@code i}'s lemma with the word before it and with the function word on its
   * left. (The lemma with the next word or its cluster, the word's last cluster with the previous
   * word, and the next two words together were dropped: 5-fold CV did as well without them.)
   */
  int pairRows(Sentence s, int i, int[] out, int n) {
    int lemma = s.lemma[i].hashCode();
    out[n++] = row(13, word(s, i - 1).hashCode(), lemma);
    out[n++] = row(15, word(s, leftFunctionWord(s, i)).hashCode(), lemma);
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
    out[n++] = row(45, s.forms[i].guideline(), governed);
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

  private int neighbourClusters(Word w, int template, int[] out, int n) {
    int[] c = w.cluster();
    out[n++] = row(template, c == null ? -1 : c[Math.min(1, c.length - 1)]);
    out[n++] = row(template + 1, c == null ? -1 : c[Math.min(2, c.length - 1)]);
    return n;
  }

  /** 1 when "to" follows within three tokens, 2 when "that" does, else 0: what intensional classes take. */
  static int complement(Sentence s, int i) {
    for (int j = i + 1; j <= Math.min(s.size() - 1, i + 3); j++) {
      int word = s.forms[j].complementWord();
      if (word != 0) {
        return word;
      }
    }
    return 0;
  }

  private static String word(Sentence s, int j) {
    return j < 0 || j >= s.size() ? BOUNDARY : s.lower[j];
  }

  /** The forms of token {@code j}, or {@link #BOUNDARY_WORD} beyond the sentence. */
  static Word form(Sentence s, int j) {
    return j < 0 || j >= s.size() ? BOUNDARY_WORD : s.forms[j];
  }

  /** The closest function word within three tokens to the left, or -1. */
  static int leftFunctionWord(Sentence s, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (s.forms[j].function()) {
        return j;
      }
    }
    return -1;
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
