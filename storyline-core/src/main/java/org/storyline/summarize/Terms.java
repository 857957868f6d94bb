package org.storyline.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a sentence, for comparing sentences: lowercased runs of letters and digits,
 * common function words left out, a plural "s" dropped so that "troop" and "troops" meet.
 */
final class Terms {

  private static final Set<String> STOP = Set.of(
      "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
      "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
      "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
      "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
      "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
      "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
      "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
      "whom", "why", "will", "with", "would", "you", "your", "said", "says", "say", "s", "t", "mr", "mrs", "ms",
      "one", "two", "new", "may", "like", "told", "according", "since", "last", "year", "years", "day", "days",
      "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");

  private Terms() {}

  /** The terms of {@code text}, in order, repeats kept. */
  static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    int start = -1;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      boolean word = i < length && isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        add(text.substring(start, i).toLowerCase(Locale.ROOT), terms);
        start = -1;
      }
    }
    return terms;
  }

  /**
   * {@link Character#isLetterOrDigit(char)}, answered without the character tables for ASCII
   * (nearly every character of English news): the quick compiler does not inline the tables' calls.
   */
  static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static void add(String word, List<String> terms) {
    if (word.length() < 2 || STOP.contains(word)) {
      return;
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      word = word.substring(0, word.length() - 1);
    }
    terms.add(word);
  }

  /** Term counts of {@code terms}. */
  static Map<String, Integer> counts(List<String> terms) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : terms) {
      counts.merge(t, 1, Integer::sum);
    }
    return counts;
  }
}
