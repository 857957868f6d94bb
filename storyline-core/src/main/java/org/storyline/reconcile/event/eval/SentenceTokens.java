package org.storyline.reconcile.event.eval;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;

/**
 * The tokens of one line of pre-tokenised text (ECB+'s tokens joined by spaces, punctuation
 * sometimes glued on): runs of non-space characters, with quotes, brackets and final punctuation
 * split off. Each token keeps its offsets in the document.
 */
record SentenceTokens(List<String> words, List<Span> spans) {

  private static final String SPLIT = "\"'()[],.;:!?";

  static SentenceTokens of(String text, int lineStart, int lineEnd) {
    List<String> words = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    int i = lineStart;
    while (i < lineEnd) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      split(text, i, end, words, spans);
      i = end;
    }
    return new SentenceTokens(words, spans);
  }

  /** One run of non-space characters: punctuation at either end split off, one character a token. */
  private static void split(String text, int start, int end, List<String> words, List<Span> spans) {
    int s = start;
    int e = end;
    while (s < e && SPLIT.indexOf(text.charAt(s)) >= 0) {
      add(text, s, s + 1, words, spans);
      s++;
    }
    List<Span> tail = new ArrayList<>();
    while (e > s && SPLIT.indexOf(text.charAt(e - 1)) >= 0 && !(text.charAt(e - 1) == '.' && isAbbreviation(text, s, e))) {
      tail.add(0, new Span(e - 1, e));
      e--;
    }
    if (e > s) {
      add(text, s, e, words, spans);
    }
    tail.forEach(t -> add(text, t.start(), t.end(), words, spans));
  }

  /** "U.S." and "Dec." keep their dot. */
  private static boolean isAbbreviation(String text, int s, int e) {
    String w = text.substring(s, e - 1);
    return w.contains(".") || (w.length() <= 4 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && e - s <= 5);
  }

  private static void add(String text, int s, int e, List<String> words, List<Span> spans) {
    words.add(text.substring(s, e));
    spans.add(new Span(s, e));
  }

  /** The tokens that overlap the characters, as a token span; empty when none do. */
  Span tokensOf(Span chars) {
    int first = -1;
    int last = -1;
    for (int t = 0; t < spans.size(); t++) {
      if (spans.get(t).overlaps(chars)) {
        if (first < 0) {
          first = t;
        }
        last = t;
      }
    }
    return first < 0 ? new Span(0, 0) : new Span(first, last + 1);
  }
}
