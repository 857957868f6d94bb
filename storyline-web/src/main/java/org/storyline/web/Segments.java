package org.storyline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut into runs for the page: each run plain, or marked by the innermost thing
 * found over it (an entity inside a quote is marked as the entity). The page escapes every run.
 */
final class Segments {

  private Segments() {}

  /** A run of text; {@code kind} and {@code label} are null for plain text. */
  record Segment(String text, String kind, String label) {
    boolean marked() {
      return kind != null;
    }
  }

  static List<Segment> of(String text, List<StoryData.Annotation> notes) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (StoryData.Annotation n : notes) {
      cuts.add(clamp(n.start(), text));
      cuts.add(clamp(n.end(), text));
    }
    List<Segment> out = new ArrayList<>();
    StoryData.Annotation open = null;
    int runStart = 0;
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null) {
        StoryData.Annotation inner = innermost(notes, prev, cut);
        if (inner != open) {
          add(out, text, runStart, prev, open);
          runStart = prev;
          open = inner;
        }
      }
      prev = cut;
    }
    add(out, text, runStart, text.length(), open);
    return out;
  }

  private static int clamp(int offset, String text) {
    return Math.max(0, Math.min(text.length(), offset));
  }

  private static StoryData.Annotation innermost(List<StoryData.Annotation> notes, int from, int to) {
    StoryData.Annotation best = null;
    for (StoryData.Annotation n : notes) {
      if (n.start() <= from && n.end() >= to && (best == null || n.end() - n.start() < best.end() - best.start())) {
        best = n;
      }
    }
    return best;
  }

  private static void add(List<Segment> out, String text, int from, int to, StoryData.Annotation note) {
    if (to > from) {
      out.add(note == null ? new Segment(text.substring(from, to), null, null)
          : new Segment(text.substring(from, to), note.kind(), note.label()));
    }
  }
}
