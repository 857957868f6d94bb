package org.storyline.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyline.model.RemovalReason;

/**
 * Finds the sentences of a kept line that the article has already given, so that the cleaner can
 * keep the rest of the line. Pages flattened into one line carry a gallery's captions or a teaser
 * two or three times over ("A 7-year-old girl and her mother were shot Wednesday night ... A
 * 7-year-old girl and her mother were shot Wednesday night ..."); a line-by-line rule cannot drop
 * them without dropping the line's article text too.
 *
 * <p>The rule. A line's sentences end at {@code .}, {@code !} or {@code ?} (closing quotes and
 * brackets after it included) followed by white space; words are separated by white space and
 * compared as written. A sentence of at least {@value #LONG_SENTENCE} words is a repeat when its
 * words stand in the same order earlier in this line or in the lines kept before it (the first
 * copy may be glued to a gallery's "Image 1 of 44"). A shorter sentence next to a repeat is one
 * too when it stood next to it before as well (the "Sept." of "suffered Sept. 2, 2015" splits a
 * repeated sentence in two). A repeat goes with the white space after it, or, at the line's end,
 * with the white space before it. Short sentences alone ("Caption Close.") never go: they repeat
 * in honest text.
 *
 * <p>How. "Stand earlier" is decided on runs of {@value #LONG_SENTENCE} words: every run of the
 * text is hashed (64 bits) into a set as it is read, and each word remembers whether the run ending
 * at it was in the set already. A sentence repeats when every run within it was. One instance
 * serves one article, in line order.
 */
final class RepeatedSentences {

  /** Sentences this long are rarely repeated word for word in a news report except as boilerplate. */
  static final int LONG_SENTENCE = 8;

  private final WindowSet windows = new WindowSet();
  /** The hashes of the last {@link #LONG_SENTENCE} words read, as a ring. */
  private final long[] recent = new long[LONG_SENTENCE];
  private long wordsRead;

  /**
   * The pieces of {@code line} (trimmed, kept by the line rules) that repeat sentences given before,
   * as cuts in the line's offsets, in order; then remembers the line. Empty when nothing repeats.
   * Cuts covering the whole line mean every sentence of it was given before.
   */
  List<LineRule.Cut> cuts(String line) {
    List<int[]> sentences = split(line);
    int[] firstWord = new int[sentences.size() + 1];
    boolean[] runSeen = read(line, sentences, firstWord);
    boolean[] repeat = repeats(runSeen, firstWord);
    return cutsOf(line, sentences, repeat);
  }

  /**
   * Reads the line's words into the set of runs; returns, per word, whether the run of {@value
   * #LONG_SENTENCE} words ending at it stood earlier, and fills {@code firstWord} with each
   * sentence's first word's index (and the word count last).
   */
  private boolean[] read(String line, List<int[]> sentences, int[] firstWord) {
    boolean[] seen = new boolean[line.length() / 2 + 1]; // words are at least a character and a space apart
    int words = 0;
    for (int k = 0; k < sentences.size(); k++) {
      firstWord[k] = words;
      int[] s = sentences.get(k);
      int i = s[0];
      while (i < s[1]) {
        int end = i;
        long h = 1125899906842597L;
        while (end < s[1] && !Character.isWhitespace(line.charAt(end))) {
          h = 31 * h + line.charAt(end++);
        }
        seen[words++] = addWord(h);
        i = end;
        while (i < s[1] && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
      }
    }
    firstWord[sentences.size()] = words;
    return Arrays.copyOf(seen, words);
  }

  /** Adds a word; whether the run it ends was read before (false while fewer words were read). */
  private boolean addWord(long hash) {
    recent[(int) (wordsRead % LONG_SENTENCE)] = hash;
    wordsRead++;
    if (wordsRead < LONG_SENTENCE) {
      return false;
    }
    long run = 0;
    for (long w = wordsRead - LONG_SENTENCE; w < wordsRead; w++) {
      run = run * 0x9E3779B97F4A7C15L + recent[(int) (w % LONG_SENTENCE)];
    }
    return !windows.add(run);
  }

  /** Which sentences repeat, given which runs stood earlier. */
  private static boolean[] repeats(boolean[] runSeen, int[] firstWord) {
    int n = firstWord.length - 1;
    boolean[] repeat = new boolean[n];
    for (int k = 0; k < n; k++) {
      int words = firstWord[k + 1] - firstWord[k];
      repeat[k] = words >= LONG_SENTENCE && allSeen(runSeen, firstWord[k] + LONG_SENTENCE - 1, firstWord[k + 1]);
    }
    for (int k = 1; k < n; k++) { // a short sentence after a repeat: the runs ending in it
      repeat[k] |= repeat[k - 1] && allSeen(runSeen, firstWord[k], firstWord[k + 1]);
    }
    for (int k = n - 2; k >= 0; k--) { // before a repeat: the runs starting in it
      repeat[k] |= repeat[k + 1]
          && allSeen(runSeen, firstWord[k] + LONG_SENTENCE - 1, firstWord[k + 1] + LONG_SENTENCE - 1);
    }
    return repeat;
  }

  /** Whether the runs ending at words {@code [from, to)} all stood earlier ({@code to} within the line). */
  private static boolean allSeen(boolean[] runSeen, int from, int to) {
    if (to > runSeen.length) {
      return false;
    }
    for (int w = from; w < to; w++) {
      if (!runSeen[w]) {
        return false;
      }
    }
    return true;
  }

  /** Joins runs of repeated sentences into cuts that leave the kept text well spaced. */
  private static List<LineRule.Cut> cutsOf(String line, List<int[]> sentences, boolean[] repeat) {
    List<LineRule.Cut> cuts = new ArrayList<>();
    int n = sentences.size();
    for (int k = 0; k < n; k++) {
      if (!repeat[k]) {
        continue;
      }
      int last = k;
      while (last + 1 < n && repeat[last + 1]) {
        last++;
      }
      int from = sentences.get(k)[0];
      int to = last + 1 < n ? sentences.get(last + 1)[0] : line.length();
      if (last + 1 == n && k > 0) {
        from = sentences.get(k - 1)[1]; // the line's end: the white space before goes with it
      }
      cuts.add(new LineRule.Cut(from, to, RemovalReason.REPEATED_SENTENCE));
      k = last;
    }
    return cuts;
  }

  /** The sentences of a trimmed line as {@code [start, end)} pairs, white space between them left out. */
  static List<int[]> split(String line) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      i++;
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      while (i < n && isCloser(line.charAt(i))) {
        i++;
      }
      if (i < n && !Character.isWhitespace(line.charAt(i))) {
        continue;
      }
      sentences.add(new int[] {start, i});
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      start = i;
    }
    if (start < n) {
      sentences.add(new int[] {start, n});
    }
    return sentences;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
  }

  /** A set of 64-bit hashes, open addressing; 0 stands for itself through a flag. */
  private static final class WindowSet {
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    /** Adds {@code h}; whether it was absent. */
    boolean add(long h) {
      if (h == 0) {
        boolean added = !hasZero;
        hasZero = true;
        return added;
      }
      if (2 * (size + 1) > slots.length) {
        grow();
      }
      int mask = slots.length - 1;
      for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
        if (slots[i] == h) {
          return false;
        }
        if (slots[i] == 0) {
          slots[i] = h;
          size++;
          return true;
        }
      }
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (long h : old) {
        if (h != 0) {
          add(h);
        }
      }
    }
  }
}
