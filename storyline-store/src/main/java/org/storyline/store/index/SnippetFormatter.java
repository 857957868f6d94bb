package org.storyline.store.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.storyline.model.Span;
import org.storyline.search.Snippet;

/**
 * Turns the highlighter's passages into {@link Snippet}s: the passage as plain text (line breaks as
 * spaces, at most {@link #MAX_LENGTH} characters around its first match, cut at spaces) and each
 * match as a span of it, overlapping matches joined. No markup: a page escapes the text itself.
 */
final class SnippetFormatter extends PassageFormatter {

  static final int MAX_LENGTH = 240;

  @Override
  public List<Snippet> format(Passage[] passages, String content) {
    List<Snippet> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      out.add(snippet(content, p));
    }
    return out;
  }

  private static Snippet snippet(String content, Passage p) {
    int start = p.getStartOffset();
    int end = Math.min(p.getEndOffset(), content.length());
    if (end - start > MAX_LENGTH) {
      int anchor = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
      start = Math.min(anchor, wordStart(content, anchor - MAX_LENGTH / 3, start));
      end = wordEnd(content, start + MAX_LENGTH, end, anchor);
    }
    int lead = 0;
    while (start + lead < end && Character.isWhitespace(content.charAt(start + lead))) {
      lead++;
    }
    start += lead;
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    String text = content.substring(start, end).replace('\n', ' ').replace('\r', ' ');
    return new Snippet(text, spans(p, start, end));
  }

  /** The passage's matches inside [start, end), relative to start, joined where they overlap. */
  private static List<Span> spans(Passage p, int start, int end) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < p.getNumMatches(); i++) {
      int s = Math.max(p.getMatchStarts()[i], start) - start;
      int e = Math.min(p.getMatchEnds()[i], end) - start;
      if (e <= s) {
        continue;
      }
      Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && s <= last.end()) {
        spans.set(spans.size() - 1, new Span(last.start(), Math.max(last.end(), e)));
      } else {
        spans.add(new Span(s, e));
      }
    }
    return spans;
  }

  /** The start of the word at or after {@code at}, no earlier than {@code floor}. */
  private static int wordStart(String content, int at, int floor) {
    int i = Math.max(at, floor);
    if (i == floor) {
      return i;
    }
    while (i < content.length() && !Character.isWhitespace(content.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  /** The end of the word before {@code at}, no later than {@code ceiling}, and past {@code floor} (else {@code at}). */
  private static int wordEnd(String content, int at, int ceiling, int floor) {
    int cut = Math.min(at, ceiling);
    int i = cut;
    while (i > floor && i < ceiling && !Character.isWhitespace(content.charAt(i))) {
      i--;
    }
    return i > floor ? i : cut;
  }
}
