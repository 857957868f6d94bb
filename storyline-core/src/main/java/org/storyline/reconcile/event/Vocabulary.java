package org.storyline.reconcile.event;

import java.util.Arrays;
import java.util.LinkedHashSet;
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
   * What one token (as written) is to coreference.
   *
   * @param key the id of its lemma key when it is a content word (not a stop word, has a letter or digit), else {@link #NONE}
   * @param lower the id of the token in lower case (a name or number among a sentence's arguments)
   * @param number whether it is a number ({@link #isNumber})
   * @param year its id when it is a year ({@link #isYear}), else {@link #NONE}
   * @param timeWord the id of its first three letters when it names a month or weekday, else {@link #NONE}
   */
  record Token(int key, int lower, boolean number, int year, int timeWord) {}

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
  private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Head> heads = new ConcurrentHashMap<>();

  /** The id of a string: equal strings, equal ids. */
  int id(String s) {
    Integer id = ids.get(s);
    return id != null ? id : ids.computeIfAbsent(s, k -> next.getAndIncrement());
  }

  /** Whether it holds more than {@link #LIMIT} strings. */
  boolean full() {
    return ids.size() + tokens.size() + heads.size() > LIMIT;
  }

  /** What a token (as written) is. */
  Token token(String t) {
    Token out = tokens.get(t);
    return out != null ? out : tokens.computeIfAbsent(t, this::makeToken);
  }

  /** What a lemma key ({@link EventLemmas#key}) brings. */
  Head head(String key) {
    Head out = heads.get(key);
    return out != null ? out : heads.computeIfAbsent(key, this::makeHead);
  }

  private Token makeToken(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    int key = !STOPWORDS.contains(lower) && hasLetterOrDigit(lower) ? id(EventLemmas.key(lower)) : NONE;
    String w = lower.replace(".", "");
    int timeWord = TIME_WORDS.contains(w) ? id(w.substring(0, 3)) : NONE;
    return new Token(key, id(lower), isNumber(t), isYear(t) ? id(t) : NONE, timeWord);
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
