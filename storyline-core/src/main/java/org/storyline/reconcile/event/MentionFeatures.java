package org.storyline.reconcile.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one mention brings to every pair it is in, whatever topic it is compared in, as ids of one
 * {@link Vocabulary}: its head's lemma key and what goes with it, its sentence's words, names and
 * numbers, years and time words, and the words around its trigger. None of it depends on the other
 * mentions, so a mention's features are made once and kept while the story it is in grows (see
 * {@link PairwiseEventCoreferencer}); {@link TopicContext} compares them. Every set is an ascending
 * array of distinct ids.
 *
 * @param vocabulary the vocabulary the ids are of: features of two vocabularies are never compared
 * @param head the head lemma's key ({@link EventLemmas#key}), its derivation, trigrams, lexicon groups
 * @param sentence what its sentence alone gives
 * @param arguments capitalised words after the first token, numbers, and the participants' words, lower case
 * @param context the keys of the content words within three tokens of the trigger
 * @param published the document's publication date as an epoch day, {@link #NO_DAY} when unknown
 * @param time the mention's day as an epoch day, {@link #NO_DAY} when unknown
 */
record MentionFeatures(Vocabulary vocabulary, Vocabulary.Head head, Sentence sentence, int[] arguments, int[] context,
    long published, long time) {

  /** An unknown day. */
  static final long NO_DAY = Long.MIN_VALUE;

  /**
   * What a mention's sentence alone gives, shared by the sentence's mentions.
   *
   * @param keys the key of each token when it is a content word, else {@link Vocabulary#NONE}
   * @param names for each token, the id of its lower case when it may be an argument (a number, or a
   *     capitalised word after the first token), else {@link Vocabulary#NONE}: what {@link #arguments}
   *     takes from the sentence, found once for its mentions without reading the words again
   * @param words the keys of its content words, ascending, each once
   * @param counts how often each of {@code words} stands in it (its TF)
   * @param years the years it names
   * @param timeWords the months and weekdays it names, as their first three letters
   */
  record Sentence(int[] keys, int[] names, int[] words, int[] counts, int[] years, int[] timeWords) {

    static Sentence of(List<String> tokens, Vocabulary vocabulary) {
      Vocabulary.Tokens info = vocabulary.tokens(tokens);
      int length = tokens.size();
      int[] names = new int[length];
      int[] keys = new int[length];
      int[] years = new int[length];
      int[] timeWords = new int[length];
      int k = 0;
      int y = 0;
      int t = 0;
      for (int i = 0; i < length; i++) {
        names[i] = info.numbers()[i] || i > 0 && info.capitalised()[i] ? info.lowers()[i] : Vocabulary.NONE;
        if (info.keys()[i] != Vocabulary.NONE) {
          keys[k++] = info.keys()[i];
        }
        if (info.years()[i] != Vocabulary.NONE) {
          years[y++] = info.years()[i];
        }
        if (info.timeWords()[i] != Vocabulary.NONE) {
          timeWords[t++] = info.timeWords()[i];
        }
      }
      Arrays.sort(keys, 0, k);
      int distinct = 0;
      int[] counts = new int[k];
      for (int i = 0; i < k; i++) {
        if (distinct > 0 && keys[distinct - 1] == keys[i]) {
          counts[distinct - 1]++;
        } else {
          keys[distinct] = keys[i];
          counts[distinct++] = 1;
        }
      }
      return new Sentence(info.keys(), names, Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct),
          distinct(years, y), distinct(timeWords, t));
    }
  }

  /** The features of {@code m} (training, evaluation: nothing kept). */
  static MentionFeatures of(EventMention m, Vocabulary vocabulary) {
    return of(m, Sentence.of(m.sentenceTokens(), vocabulary), vocabulary);
  }

  /** The same, with what its sentence gives made already ({@link Sentence#of} its tokens, of this vocabulary). */
  static MentionFeatures of(EventMention m, Sentence sentence, Vocabulary vocabulary) {
    return new MentionFeatures(vocabulary, vocabulary.headOfLemma(m.lemma()), sentence,
        arguments(m, sentence, vocabulary), context(m, sentence), day(m.published()), day(m.time()));
  }

  private static long day(Optional<LocalDate> date) {
    return date.isPresent() ? date.get().toEpochDay() : NO_DAY;
  }

  /** Capitalised words after the first token, numbers, and the participants' words. */
  private static int[] arguments(EventMention m, Sentence sentence, Vocabulary vocabulary) {
    int[] names = sentence.names;
    int[] out = new int[names.length + 8];
    int n = 0;
    int start = m.tokens().start();
    int end = m.tokens().end();
    for (int i = 0; i < names.length; i++) {
      if ((i < start || i >= end) && names[i] != Vocabulary.NONE) {
        out[n++] = names[i];
      }
    }
    for (String p : m.participants()) {
      int from = nextWord(p, 0);
      while (from < p.length()) {
        int to = wordEnd(p, from);
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = vocabulary.id(p.substring(from, to).toLowerCase(Locale.ROOT));
        from = nextWord(p, to);
      }
    }
    return distinct(out, n);
  }

  /**
   * Where the first word at or after {@code from} starts: the length of {@code p} when none does. A
   * participant's words are the non-empty pieces of {@code p.split("\\s+")} (white space as the
   * regex reads it: space, tab, line feed, vertical tab, form feed, carriage return), found without
   * the regex, which under the quick compiler cost more than looking the words up
   * ({@code MentionFeaturesTest} holds the two alike).
   */
  static int nextWord(String p, int from) {
    while (from < p.length() && isSpace(p.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Where the word starting at {@code from} ends. */
  static int wordEnd(String p, int from) {
    while (from < p.length() && !isSpace(p.charAt(from))) {
      from++;
    }
    return from;
  }

  private static boolean isSpace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
  }

  /** The keys of the content words within three tokens of the trigger. */
  private static int[] context(EventMention m, Sentence sentence) {
    int from = Math.max(0, m.tokens().start() - 3);
    int to = Math.min(sentence.keys.length, m.tokens().end() + 3);
    int[] out = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      if ((i < m.tokens().start() || i >= m.tokens().end()) && sentence.keys[i] != Vocabulary.NONE) {
        out[n++] = sentence.keys[i];
      }
    }
    return distinct(out, n);
  }

  /** The first n ids of {@code ids}, ascending, each once. */
  private static int[] distinct(int[] ids, int n) {
    Arrays.sort(ids, 0, n);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (k == 0 || ids[k - 1] != ids[i]) {
        ids[k++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, k);
  }
}
