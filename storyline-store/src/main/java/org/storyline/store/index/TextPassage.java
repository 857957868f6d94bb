package org.storyline.store.index;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * A passage of a text, [start, end), with the query's matches in it in text order and its score, as
 * {@link PassageFinder} builds it (the counterpart of Lucene's highlighter's {@code Passage}).
 */
final class TextPassage {

  final int start;
  final int end;
  private int[] matchStarts = new int[4];
  private int[] matchEnds = new int[4];
  private BytesRef[] terms = new BytesRef[4];
  private int matches;
  private float score;

  TextPassage(int start, int end) {
    this.start = start;
    this.end = end;
  }

  void add(int matchStart, int matchEnd, BytesRef term) {
    if (matches == matchStarts.length) {
      matchStarts = Arrays.copyOf(matchStarts, matches * 2);
      matchEnds = Arrays.copyOf(matchEnds, matches * 2);
      terms = Arrays.copyOf(terms, matches * 2);
    }
    matchStarts[matches] = matchStart;
    matchEnds[matches] = matchEnd;
    terms[matches] = term;
    matches++;
  }

  int matches() {
    return matches;
  }

  int matchStart(int i) {
    return matchStarts[i];
  }

  int matchEnd(int i) {
    return matchEnds[i];
  }

  BytesRef term(int i) {
    return terms[i];
  }

  float score() {
    return score;
  }

  void score(float score) {
    this.score = score;
  }
}
