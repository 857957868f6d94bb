package org.storyline.extract.entity;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link WordFacts} of the words one model has tagged, so that each word's forms are made and
 * its rows summed once rather than at every token. Bounded: past {@link #CAPACITY} words, a new
 * word's facts are made for the one document and not kept (the words met first in news text are
 * mostly the frequent ones). Safe for concurrent use; what it returns depends on the word alone.
 */
final class WordCache {

  /** About 1 KB a word: at most some 30 MB. */
  static final int CAPACITY = 1 << 15;

  private final WordClusters clusters;
  private final WordClusters vectors;
  /** Null for a cache that keeps nothing. */
  private final ConcurrentHashMap<String, WordFacts> words;

  private WordCache(WordClusters clusters, WordClusters vectors, boolean keep) {
    this.clusters = clusters;
    this.vectors = vectors;
    this.words = keep ? new ConcurrentHashMap<>() : null;
  }

  /** A cache for a tagger: facts with room for scores, kept. */
  static WordCache keeping(WordClusters clusters, WordClusters vectors) {
    return new WordCache(clusters, vectors, true);
  }

  /** No cache: each call makes the facts anew, without room for scores (training). */
  static WordCache none(WordClusters clusters, WordClusters vectors) {
    return new WordCache(clusters, vectors, false);
  }

  /** The facts of a normalised word. */
  WordFacts of(String word) {
    if (words == null) {
      return WordFacts.of(word, clusters, vectors);
    }
    WordFacts known = words.get(word);
    if (known != null) {
      return known;
    }
    if (words.size() >= CAPACITY) {
      return WordFacts.of(word, clusters, vectors);
    }
    WordFacts made = WordFacts.scored(word, clusters, vectors);
    WordFacts raced = words.putIfAbsent(word, made);
    return raced == null ? made : raced;
  }
}
