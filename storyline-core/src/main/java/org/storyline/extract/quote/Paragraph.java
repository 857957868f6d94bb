package org.storyline.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.model.Span;

/**
 * One paragraph's tokens (with offsets into the article's text), its quoted regions and its
 * frames: sentences, merged where a sentence break falls inside quotation marks, so that
 * {@code “A. B,” he said.} is one frame.
 */
final class Paragraph {

  /** A top-level run of quoted words, from its opening mark to its closing mark (both included). */
  record Region(int first, int last, int start, int end, boolean openEnded) {}

  final String text;
  final int start;
  final int end;
  final String[] words;
  final String[] lower;
  final int[] starts;
  final int[] ends;
  /** The region each token belongs to, or -1. */
  final int[] region;
  final List<Region> regions = new ArrayList<>();
  /** Frames as token ranges {@code [from, to)}. */
  final List<int[]> frames = new ArrayList<>();

  /**
   * The paragraph {@code [start, end)} of {@code text}, split into {@code sentences}, whose offsets
   * plus {@code shift} are the text's (the start, for sentences of the paragraph's text alone).
   */
  Paragraph(String text, int start, int end, List<Sentence> sentences, int shift) {
    this.text = text;
    this.start = start;
    this.end = end;
    List<Token> tokens = new ArrayList<>();
    List<Integer> sentenceEnds = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        splitQuotes(t, tokens);
      }
      sentenceEnds.add(tokens.size());
    }
    int n = tokens.size();
    words = new String[n];
    lower = new String[n];
    starts = new int[n];
    ends = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.text();
      lower[i] = Lexicon.lower(t.text());
      starts[i] = t.start() + shift;
      ends[i] = t.end() + shift;
    }
    region = new int[n];
    Arrays.fill(region, -1);
    findRegions();
    findFrames(sentenceEnds);
  }

  int size() {
    return words.length;
  }

  /**
   * Adds a token, with double quotation marks glued to its edges split off: a tokenizer may leave
   * {@code ”Mr} (a closing mark used to open) or {@code hell.”} (before a dash) in one piece.
   */
  private static void splitQuotes(Token t, List<Token> out) {
    String w = t.text();
    if (w.length() < 2 || w.indexOf('"') < 0 && w.indexOf('“') < 0 && w.indexOf('”') < 0) {
      out.add(t);
      return;
    }
    int from = 0;
    int to = w.length();
    while (from < to - 1 && Lexicon.isDoubleQuote(w.substring(from, from + 1))) {
      out.add(piece(t, from, from + 1));
      from++;
    }
    int tail = to;
    while (tail > from + 1 && (Lexicon.isDoubleQuote(w.substring(tail - 1, tail)) || ".,;:!?".indexOf(w.charAt(tail - 1)) >= 0)) {
      tail--;
    }
    if (tail == to || w.substring(tail, to).chars().noneMatch(c -> c == '"' || c == '“' || c == '”')) {
      tail = to;
    }
    out.add(piece(t, from, tail));
    for (int k = tail; k < to; k++) {
      out.add(piece(t, k, k + 1));
    }
  }

  private static Token piece(Token t, int from, int to) {
    return new Token(Span.of(t.start() + from, t.start() + to), t.text().substring(from, to));
  }

  /** Pairs double quotation marks, curly or straight, by the spaces around them. */
  private void findRegions() {
    int depth = 0;
    int open = -1;
    for (int i = 0; i < words.length; i++) {
      if (!Lexicon.isDoubleQuote(words[i])) {
        continue;
      }
      boolean opening = looksOpening(i);
      if (depth == 0) {
        if (opening || words[i].equals("“") || words[i].equals("”") && looksLikeOpening(i)) {
          open = i;
          depth = 1;
        }
      } else if (opening && !looksClosing(i)) {
        depth++;
      } else if (--depth == 0) {
        addRegion(open, i, false);
      }
    }
    if (depth > 0 && open < words.length - 1) {
      addRegion(open, words.length - 1, true);
    }
  }

  private boolean looksOpening(int i) {
    char before = starts[i] > start ? text.charAt(starts[i] - 1) : ' ';
    char after = ends[i] < end ? text.charAt(ends[i]) : ' ';
    boolean spaceBefore = isSpace(before) || "([{—―–-/:".indexOf(before) >= 0;
    boolean wordAfter = !isSpace(after) && ",.;:!?)".indexOf(after) < 0;
    return spaceBefore && wordAfter && !words[i].equals("”");
  }

  /** A mark with a space before and a word after, whatever its shape. */
  private boolean looksLikeOpening(int i) {
    char before = starts[i] > start ? text.charAt(starts[i] - 1) : ' ';
    char after = ends[i] < end ? text.charAt(ends[i]) : ' ';
    return isSpace(before) && Character.isLetterOrDigit(after);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  private boolean looksClosing(int i) {
    char before = starts[i] > start ? text.charAt(starts[i] - 1) : ' ';
    return !isSpace(before) && !words[i].equals("“");
  }

  private void addRegion(int first, int last, boolean openEnded) {
    int id = regions.size();
    regions.add(new Region(first, last, starts[first], ends[last], openEnded));
    for (int k = first; k <= last; k++) {
      region[k] = id;
    }
  }

  private void findFrames(List<Integer> sentenceEnds) {
    int from = 0;
    for (int s = 0; s < sentenceEnds.size(); s++) {
      int sentenceEnd = sentenceEnds.get(s);
      boolean insideQuote = sentenceEnd < words.length && region[sentenceEnd - 1] >= 0
          && region[sentenceEnd - 1] == region[sentenceEnd];
      boolean attributed = s + 1 < sentenceEnds.size() && closesRegion(sentenceEnd - 1)
          && onlyAttribution(sentenceEnd, sentenceEnds.get(s + 1));
      if (!insideQuote && !attributed) {
        frames.add(new int[] {from, sentenceEnd});
        from = sentenceEnd;
      }
    }
    if (from < words.length) {
      frames.add(new int[] {from, words.length});
    }
  }

  /**
   * Whether the sentence {@code [from, to)} is only an attribution of the quotation before it,
   * split off by its question or exclamation mark: {@code “Why?” Clinton asked.} The verb may be
   * followed by a time, a place, a listener or an apposition, but not by a clause of its own
   * ({@code “…” Park said Kim's state is “spiraling.”} is a new sentence).
   */
  private boolean onlyAttribution(int from, int to) {
    for (int k = from; k < Math.min(to, from + 8); k++) {
      if (!Lexicon.isWord(words[k]) || region[k] >= 0) {
        return false;
      }
      if (k > from && Lexicon.isReporting(words[k])) {
        return attributionTail(k + 1, to);
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} after a reporting verb holds no quotation and no "that" clause. */
  private boolean attributionTail(int from, int to) {
    for (int j = from; j < to; j++) {
      if (lower[j].equals("that") && j < from + 6 || region[j] >= 0) {
        return false;
      }
    }
    return true;
  }

  boolean inQuote(int i) {
    return region[i] >= 0;
  }

  boolean opensRegion(int i) {
    return region[i] >= 0 && regions.get(region[i]).first() == i;
  }

  boolean closesRegion(int i) {
    return region[i] >= 0 && regions.get(region[i]).last() == i;
  }

  /** The number of word tokens inside a region, marks excluded. */
  int wordCount(Region r) {
    int count = 0;
    for (int k = r.first(); k <= r.last(); k++) {
      if (Lexicon.isWord(words[k])) {
        count++;
      }
    }
    return count;
  }
}
