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

  static List<Snippet> format(List<TextPassage> passages, IndexedText text) {
    List<Snippet> out = new ArrayList<>(passages.size());
    for (TextPassage p : passages) {
      out.add(snippet(text, p));
    }
    return out;
  }

  /**
   * The passage's snippet. Every character it reads lies in the passage, so only the passage is decoded
   * ({@code window}, offsets relative to {@code p.start}).
   */
  private static Snippet snippet(IndexedText text, TextPassage p) {
    int start = p.start;
    int end = Math.min(p.end, text.length());
    Window content = new Window(text.slice(start, end), start);
    if (end - start > MAX_LENGTH) {
      int anchor = p.matches() > 0 ? p.matchStart(0) : start;
      start = Math.min(anchor, wordStart(content, anchor - MAX_LENGTH / 3, start, anchor));
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
    String shown = content.substring(start, end).replace('\n', ' ').replace('\r', ' ');
    return new Snippet(shown, spans(p, start, end));
  }

  /** Characters {@code [offset, offset + chars.length())} of a text, read by their offsets in the whole text. */
  private record Window(String chars, int offset) {
    char charAt(int i) {
      return chars.charAt(i - offset);
    }

    String substring(int start, int end) {
      return chars.substring(start - offset, end - offset);
    }
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

  /**
   * The start of the word at or after {@code at}, no earlier than {@code floor}; {@code ceiling} when
   * that is later (the caller keeps the earlier of the two, so looking further changes nothing).
   */
  private static int wordStart(Window content, int at, int floor, int ceiling) {
    int i = Math.max(at, floor);
    if (i == floor) {
      return i;
    }
    while (i < ceiling && !Character.isWhitespace(content.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  /** The end of the word before {@code at}, no later than {@code ceiling}, and past {@code floor} (else {@code at}). */
  private static int wordEnd(Window content, int at, int ceiling, int floor) {
    int cut = Math.min(at, ceiling);
    int i = cut;
    while (i > floor && i < ceiling && !Character.isWhitespace(content.charAt(i))) {
      i--;
    }
    return i > floor ? i : cut;
  }
}
