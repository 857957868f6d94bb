package org.storyline.store.index;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;
import org.storyline.search.Snippet;

/**
 * Turns the passages of {@link PassageFinder} into {@link Snippet}s: the passage as plain text (line breaks as
 * spaces, at most {@link #MAX_LENGTH} characters around its first match, cut at spaces) and each
 * match as a span of it, overlapping matches joined. No markup: a page escapes the text itself.
 */
final class SnippetFormatter {

  static final int MAX_LENGTH = 240;

  private SnippetFormatter() {}

  static List<Snippet> format(List<TextPassage> passages, String content) {
    List<Snippet> out = new ArrayList<>(passages.size());
    for (TextPassage p : passages) {
      out.add(snippet(content, p));
    }
    return out;
  }

  private static Snippet snippet(String content, TextPassage p) {
    int start = p.start;
    int end = Math.min(p.end, content.length());
    if (end - start > MAX_LENGTH) {
      int anchor = p.matches() > 0 ? p.matchStart(0) : start;
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
  private static List<Span> spans(TextPassage p, int start, int end) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < p.matches(); i++) {
      int s = Math.max(p.matchStart(i), start) - start;
      int e = Math.min(p.matchEnd(i), end) - start;
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
