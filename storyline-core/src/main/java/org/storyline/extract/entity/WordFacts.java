package org.storyline.extract.entity;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.storyline.lexicon.FirstNames;

/**
 * What the tagger knows of a word whatever its context: its forms, its shape and its clusters,
 * and, once a tagger has summed them, the scores of the rows that depend on this word alone, for
 * each place the word is read from ({@link Features#SELF} and the four neighbours) and each pass.
 *
 * <p>A word's rows are the same wherever it stands, so a tagger that sums them once per word
 * instead of once per token gets the same integer scores (sums of integers in any order) at a
 * fraction of the cost: most tokens of news text are frequent words. Immutable but for those
 * scores, which threads fill in without locks: a part is written whole before its bit is set in
 * {@link #known}, and read only after the bit is seen; two threads filling the same part write the
 * same values.
 */
final class WordFacts {

  /** The places a word's rows are read from, as {@link Features}' parts: the token itself and its four neighbours. */
  static final int[] PLACES = {Features.SELF, Features.LEFT1, Features.RIGHT1, Features.LEFT2, Features.RIGHT2};
  /** The passes of a model whose scores are kept. */
  static final int PASSES = 2;

  /** The word normalised as {@link Features#normalise} makes it. */
  final String word;
  final String lower;
  /** The word in lower case, digits kept: its key in the name lists ({@link NameList#key} of one word). */
  final String key;
  final long lowerHash;
  final String shape;
  final long shapeHash;
  /** The word's clusters, coarse to fine, or null. */
  final int[] clusters;
  /** The word's clusters of pre-trained word vectors (looked up in lower case), coarse to fine, or null. */
  final int[] vectors;
  /** Whether the word is a first name ({@link FirstNames#contains}): read for it and for both its neighbours. */
  final boolean firstName;
  /** Whether the word has a capital letter ({@link Features#remembered}). */
  final boolean remembered;
  /** {@link Features#hasLetter}, {@link Features#isAllCaps} and {@link Features#isLowerWord} of the word. */
  final boolean hasLetter;
  final boolean allCaps;
  final boolean lowerWord;
  /** Per pass and place, {@link NerModel#T} summed scores; null for a word no tagger keeps scores of. */
  final int[] scores;
  /**
   * Bit {@code pass * PLACES.length + place} is set once that part of {@link #scores} is filled in.
   * A volatile field of the word's own rather than an {@code AtomicInteger}: the tagger reads it
   * five times a token, and one object fewer is one dependent memory read fewer.
   */
  private volatile int known;

  private static final AtomicIntegerFieldUpdater<WordFacts> KNOWN = AtomicIntegerFieldUpdater.newUpdater(WordFacts.class, "known");
  /**
   * Per pass and previous tag ({@code pass * T + tag}), the summed scores of the rows of that tag
   * with this word ({@link Features#previousTagRows}), once a tagger met the word after the tag;
   * null for a word no tagger keeps scores of.
   */
  private final AtomicReferenceArray<int[]> afterTag;

  private WordFacts(String word, WordClusters wordClusters, WordClusters vectorClusters, boolean keepScores) {
    this.word = word;
    this.lower = Features.lowerDigits(word);
    this.key = word.toLowerCase(Locale.ROOT);
    this.lowerHash = Features.hash(0, lower);
    this.shape = Features.shortShape(word);
    this.shapeHash = Features.hash(0, shape);
    this.clusters = wordClusters.of(word);
    this.vectors = vectorClusters.of(word);
    this.firstName = FirstNames.contains(word);
    this.remembered = Features.remembered(word);
    this.hasLetter = Features.hasLetter(word);
    this.allCaps = Features.isAllCaps(word);
    this.lowerWord = Features.isLowerWord(word);
    this.scores = keepScores ? new int[PASSES * PLACES.length * NerModel.T] : null;
    this.afterTag = keepScores ? new AtomicReferenceArray<>(PASSES * NerModel.T) : null;
  }

  /** The facts of a normalised word, without room for scores (training, a document of no tagger's). */
  static WordFacts of(String word, WordClusters wordClusters, WordClusters vectorClusters) {
    return new WordFacts(word, wordClusters, vectorClusters, false);
  }

  /** The facts of a normalised word, with room for the scores a tagger sums. */
  static WordFacts scored(String word, WordClusters wordClusters, WordClusters vectorClusters) {
    return new WordFacts(word, wordClusters, vectorClusters, true);
  }

  /** Where part ({@code pass}, {@code place}) starts in {@link #scores}. */
  static int offset(int pass, int place) {
    return (pass * PLACES.length + place) * NerModel.T;
  }

  /** Whether part ({@code pass}, {@code place}) of {@link #scores} is filled in. */
  boolean knows(int pass, int place) {
    return scores != null && (known & (1 << (pass * PLACES.length + place))) != 0;
  }

  /** The scores of the rows of {@code tag} before this word in {@code pass}, or null while not kept. */
  int[] afterTag(int pass, int tag) {
    return afterTag == null ? null : afterTag.get(pass * NerModel.T + tag);
  }

  /** Keeps the scores of the rows of {@code tag} before this word in {@code pass}, if this word keeps scores. */
  void afterTag(int pass, int tag, int[] scores) {
    if (afterTag != null) {
      afterTag.set(pass * NerModel.T + tag, scores);
    }
  }

  /** Marks part ({@code pass}, {@code place}) as filled in, after its scores were written. */
  void learned(int pass, int place) {
    int bit = 1 << (pass * PLACES.length + place);
    KNOWN.getAndUpdate(this, k -> k | bit);
  }
}
