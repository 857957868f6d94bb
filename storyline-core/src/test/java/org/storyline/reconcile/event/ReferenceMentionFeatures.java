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
 * {@link MentionFeatures} as it was when it kept strings (before the {@link Vocabulary}'s ids): what
 * {@link ReferenceTopicContext} computes the plain features from. Kept unchanged.
 */
record ReferenceMentionFeatures(String key, String derivation, List<String> keyTrigrams, List<String> sentenceWords,
    List<String> arguments, List<String> years, List<String> timeWords, List<String> context, boolean reporting,
    int[] lexiconGroups, long published, long time) {

  /** An unknown day. */
  static final long NO_DAY = Long.MIN_VALUE;

  private static final Set<String> STOPWORDS = Vocabulary.STOPWORDS;
  private static final Set<String> TIME_WORDS = Vocabulary.TIME_WORDS;

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
      return new Sentence(ReferenceMentionFeatures.words(tokens), ReferenceMentionFeatures.years(tokens), ReferenceMentionFeatures.timeWords(tokens));
    }
  }

  /** The features of {@code m}; the sets come without repeats, in the order first met. */
  static ReferenceMentionFeatures of(EventMention m) {
    return of(m, Sentence.of(m.sentenceTokens()));
  }

  /** The same, with what its sentence gives made already ({@link Sentence#of} its tokens). */
  static ReferenceMentionFeatures of(EventMention m, Sentence sentence) {
    String key = EventLemmas.key(m.lemma());
    return new ReferenceMentionFeatures(key, EventLemmas.derivation(key), trigrams(key), sentence.words(), arguments(m),
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
      if (Vocabulary.isNumber(t) || (i > 0 && Character.isUpperCase(t.charAt(0)))) {
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
      if (Vocabulary.isYear(t)) {
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

  private static List<String> context(EventMention m) {
    List<String> tokens = m.sentenceTokens();
    int from = Math.max(0, m.tokens().start() - 3);
    int to = Math.min(tokens.size(), m.tokens().end() + 3);
    List<String> window = new ArrayList<>(tokens.subList(from, m.tokens().start()));
    window.addAll(tokens.subList(m.tokens().end(), to));
    return List.copyOf(new LinkedHashSet<>(words(window)));
  }
}
