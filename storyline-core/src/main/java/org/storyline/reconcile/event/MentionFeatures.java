package org.storyline.reconcile.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one mention brings to every pair it is in, whatever topic it is compared in: its lemma keys,
 * the words of its sentence, its sentence's names and numbers, years and time words, and the words
 * around its trigger. None of it depends on the other mentions, so a mention's features are made
 * once and kept while the story it is in grows (see {@link PairwiseEventCoreferencer}); {@link
 * TopicContext} turns them into ids and vectors of one topic.
 *
 * @param key the head lemma's inflection key ({@link EventLemmas#key})
 * @param derivation the key without a derivational ending ({@link EventLemmas#derivation})
 * @param keyTrigrams the key's character trigrams, with {@code #} at both ends
 * @param sentenceWords the sentence's content words as keys, in order, repeats kept (its TF)
 * @param arguments capitalised words after the first token, numbers, and the participants' words, lower case
 * @param years the years the sentence names
 * @param timeWords the months and weekdays the sentence names, as their first three letters
 * @param context the keys of the content words within three tokens of the trigger
 * @param reporting whether the key is a word of saying ({@link EventLexicon#reporting})
 * @param lexiconGroups the lexicon's groups the key is in, ascending ({@link EventLexicon#groups})
 * @param published the document's publication date as an epoch day, {@link #NO_DAY} when unknown
 * @param time the mention's day as an epoch day, {@link #NO_DAY} when unknown
 */
record MentionFeatures(String key, String derivation, List<String> keyTrigrams, List<String> sentenceWords,
    List<String> arguments, List<String> years, List<String> timeWords, List<String> context, boolean reporting,
    int[] lexiconGroups, long published, long time) {

  /** An unknown day. */
  static final long NO_DAY = Long.MIN_VALUE;

  private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "for", "on",
      "at", "by", "with", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "it", "its",
      "he", "she", "they", "his", "her", "their", "that", "this", "which", "who", "said", "will", "would", "not",
      "but", "after", "about", "into", "than", "also", "s", "'s", "\"", "'", ",", ".", "-", "(", ")", ":", ";", "?", "!");
  private static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * What a mention's sentence alone gives, shared by the sentence's mentions.
   *
   * @param words its content words as keys, in order, repeats kept
   * @param years the years it names
   * @param timeWords the months and weekdays it names, as their first three letters
   */
  record Sentence(List<String> words, List<String> years, List<String> timeWords) {
    static Sentence of(List<String> tokens) {
      return new Sentence(MentionFeatures.words(tokens), MentionFeatures.years(tokens), MentionFeatures.timeWords(tokens));
    }
  }

  /** The features of {@code m}; the sets come without repeats, in the order first met. */
  static MentionFeatures of(EventMention m) {
    return of(m, Sentence.of(m.sentenceTokens()));
  }

  /** The same, with what its sentence gives made already ({@link Sentence#of} its tokens). */
  static MentionFeatures of(EventMention m, Sentence sentence) {
    String key = EventLemmas.key(m.lemma());
    return new MentionFeatures(key, EventLemmas.derivation(key), trigrams(key), sentence.words(), arguments(m),
        sentence.years(), sentence.timeWords(), context(m), EventLexicon.reporting(key), EventLexicon.groups(key),
        day(m.published()), day(m.time()));
  }

  private static long day(Optional<LocalDate> date) {
    return date.map(LocalDate::toEpochDay).orElse(NO_DAY);
  }

  private static List<String> trigrams(String word) {
    String w = "#" + word + "#";
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 3 <= w.length(); i++) {
      out.add(w.substring(i, i + 3));
    }
    return List.copyOf(out);
  }

  /** Content words, lower case, stop words and punctuation left out, as keys. */
  static List<String> words(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String w = t.toLowerCase(Locale.ROOT);
      if (!STOPWORDS.contains(w) && hasLetterOrDigit(w)) {
        out.add(EventLemmas.key(w));
      }
    }
    return List.copyOf(out);
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words after the first token, numbers, and the participants' words. */
  private static List<String> arguments(EventMention m) {
    Set<String> out = new LinkedHashSet<>();
    List<String> tokens = m.sentenceTokens();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean inTrigger = i >= m.tokens().start() && i < m.tokens().end();
      if (inTrigger || t.isEmpty()) {
        continue;
      }
      if (isNumber(t) || (i > 0 && Character.isUpperCase(t.charAt(0)))) {
        out.add(t.toLowerCase(Locale.ROOT));
      }
    }
    for (String p : m.participants()) {
      for (String w : SPACES.split(p)) {
        if (!w.isEmpty()) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> years(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens) {
      if (isYear(t)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> timeWords(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : tokens) {
      String w = t.toLowerCase(Locale.ROOT).replace(".", "");
      if (TIME_WORDS.contains(w)) {
        out.add(w.substring(0, 3));
      }
    }
    return List.copyOf(out);
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

  private static List<String> context(EventMention m) {
    List<String> tokens = m.sentenceTokens();
    int from = Math.max(0, m.tokens().start() - 3);
    int to = Math.min(tokens.size(), m.tokens().end() + 3);
    List<String> window = new ArrayList<>(tokens.subList(from, m.tokens().start()));
    window.addAll(tokens.subList(m.tokens().end(), to));
    return List.copyOf(new LinkedHashSet<>(words(window)));
  }
}
