package org.storyline.reconcile.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the strings event coreference compares (lemma keys, names, years, trigrams), and keeps
 * what each token and each head word is to it, so that a word met in a thousand sentences is
 * lower-cased, stemmed and looked up once: a pair's features are then merges of short sorted arrays
 * of ids. Equal strings get equal ids; what an id is never matters, only equality, so the features
 * do not depend on the order in which words were first met.
 *
 * <p>Thread-safe. It only grows: an owner that lives long starts a new one once {@link #full()}
 * (features made with one vocabulary must not be compared with another's).
 */
final class Vocabulary {

  /** Strings a vocabulary holds before {@link #full()} says so: some tens of megabytes. */
  static final int LIMIT = 1 << 18;

  /** Words that tell nothing of a happening; punctuation. */
  static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "for", "on",
      "at", "by", "with", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "it", "its",
      "he", "she", "they", "his", "her", "their", "that", "this", "which", "who", "said", "will", "would", "not",
      "but", "after", "about", "into", "than", "also", "s", "'s", "\"", "'", ",", ".", "-", "(", ")", ":", ";", "?", "!");
  /** Months and weekdays, whole or shortened. */
  static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** None: a token that is no content word, year or time word. */
  static final int NONE = -1;

  /**
   * What the tokens of one sentence (as written) are to coreference, by place.
   *
   * @param keys the id of each one's lemma key when it is a content word (not a stop word, has a
   *     letter or digit), else {@link #NONE}
   * @param lowers the id of each in lower case (a name or number among a sentence's arguments)
   * @param years its id when it is a year ({@link #isYear}), else {@link #NONE}
   * @param timeWords the id of its first three letters when it names a month or weekday, else {@link #NONE}
   * @param numbers whether it is a number ({@link #isNumber})
   * @param capitalised whether its first character is an upper-case letter
   */
  record Tokens(int[] keys, int[] lowers, int[] years, int[] timeWords, boolean[] numbers, boolean[] capitalised) {}

  /**
   * What a head word's lemma key brings to a pair whatever else is in it.
   *
   * @param key the key's id
   * @param derivation the id of the key without a derivational ending ({@link EventLemmas#derivation})
   * @param trigrams the ids of the key's character trigrams ({@code #} at both ends), ascending
   * @param reporting whether it is a word of saying ({@link EventLexicon#reporting})
   * @param lexiconGroups the lexicon's groups it is in, ascending ({@link EventLexicon#groups})
   */
  record Head(int key, int derivation, int[] trigrams, boolean reporting, int[] lexiconGroups) {}

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  /**
   * Each token as written, with its key, lower case, year and time word ids and its {@link #NUMBER}
   * and {@link #CAPITALISED} flags. Guarded by itself: a sentence's tokens are looked up under one lock.
   */
  private final TokenTable tokens = new TokenTable(5);
  private static final int NUMBER = 1;
  private static final int CAPITALISED = 2;
  private final ConcurrentHashMap<String, Head> heads = new ConcurrentHashMap<>();
  /**
   * Each head word's lemma as a mention gives it, with the place of its {@link Head} in {@link
   * #lemmaHeads}: a flat table rather than a map of strings, for the cache misses (see {@link
   * TokenTable}). Both guarded by the table.
   */
  private final TokenTable lemmas = new TokenTable(1);
  private final List<Head> lemmaHeads = new ArrayList<>();

  /** The id of a string: equal strings, equal ids. */
  int id(String s) {
    Integer id = ids.get(s);
    return id != null ? id : ids.computeIfAbsent(s, k -> next.getAndIncrement());
  }

  /** Whether it holds more than {@link #LIMIT} strings. */
  boolean full() {
    int tokenCount;
    synchronized (tokens) {
      tokenCount = tokens.size();
    }
    int lemmaCount;
    synchronized (lemmas) {
      lemmaCount = lemmas.size();
    }
    return ids.size() + tokenCount + heads.size() + lemmaCount > LIMIT;
  }

  /** What each of a sentence's tokens (as written) is. */
  Tokens tokens(List<String> words) {
    int n = words.size();
    Tokens out = new Tokens(new int[n], new int[n], new int[n], new int[n], new boolean[n], new boolean[n]);
    synchronized (tokens) {
      for (int i = 0; i < n; i++) {
        String word = words.get(i);
        int slot = tokens.find(word);
        if (slot < 0) {
          slot = tokens.add(word, makeToken(word));
        }
        out.keys[i] = tokens.value(slot, 0);
        out.lowers[i] = tokens.value(slot, 1);
        out.years[i] = tokens.value(slot, 2);
        out.timeWords[i] = tokens.value(slot, 3);
        int flags = tokens.value(slot, 4);
        out.numbers[i] = (flags & NUMBER) != 0;
        out.capitalised[i] = (flags & CAPITALISED) != 0;
      }
    }
    return out;
  }

  /** What a lemma key ({@link EventLemmas#key}) brings. */
  Head head(String key) {
    Head out = heads.get(key);
    return out != null ? out : heads.computeIfAbsent(key, this::makeHead);
  }

  /** What a head word's lemma (as a mention gives it) brings: {@link #head} of its key, the key made once per lemma. */
  Head headOfLemma(String lemma) {
    synchronized (lemmas) {
      int slot = lemmas.find(lemma);
      if (slot < 0) {
        lemmaHeads.add(head(EventLemmas.key(lemma)));
        slot = lemmas.add(lemma, new int[] {lemmaHeads.size() - 1});
      }
      return lemmaHeads.get(lemmas.value(slot, 0));
    }
  }

  /** A token's ints for {@link #tokens}: key, lower case, year and time word ids, flags. */
  private int[] makeToken(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    int key = !STOPWORDS.contains(lower) && hasLetterOrDigit(lower) ? id(EventLemmas.key(lower)) : NONE;
    String w = lower.replace(".", "");
    int timeWord = TIME_WORDS.contains(w) ? id(w.substring(0, 3)) : NONE;
    int lowerId = id(lower);
    int year = isYear(t) ? id(t) : NONE;
    int flags = (isNumber(t) ? NUMBER : 0) | (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) ? CAPITALISED : 0);
    return new int[] {key, lowerId, year, timeWord, flags};
  }

  private Head makeHead(String key) {
    String w = "#" + key + "#";
    Set<String> trigrams = new LinkedHashSet<>();
    for (int i = 0; i + 3 <= w.length(); i++) {
      trigrams.add(w.substring(i, i + 3));
    }
    int[] ids = trigrams.stream().mapToInt(this::id).toArray();
    Arrays.sort(ids);
    return new Head(id(key), id(EventLemmas.derivation(key)), ids, EventLexicon.reporting(key), EventLexicon.groups(key));
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** What the pattern {@code (19|20)\d\d} matches whole (\d: ASCII digits). */
  static boolean isYear(String t) {
    return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && isDigit(t.charAt(2)) && isDigit(t.charAt(3));
  }

  /** What the pattern {@code \d[\d.,]*} matches whole. */
  static boolean isNumber(String t) {
    if (t.isEmpty() || !isDigit(t.charAt(0))) {
      return false;
    }
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
