package org.storyline.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets of a derived text (the cleaned text of an article) back to offsets of the text it
 * was derived from (the source file), so that every span Storyline reports can point into the
 * original.
 *
 * <p>The derived text is a sequence of runs copied from the source, in source order, and of
 * inserted characters that stand in no source place (a blank line put between two HTML
 * paragraphs). A copied character maps to its source character; an inserted one maps to the
 * boundary of the nearest copied run, so a span never widens into text that was dropped.
 *
 * <p>Example: source {@code "AD\nBody"} cleaned to {@code "Body"} keeps one run (derived 0, source
 * 3, length 4), and {@code toSource(Span.of(0, 4))} is {@code [3, 7)}.
 */
public final class OffsetMap {

  // Parallel arrays, one entry a copied run, sorted by derived start (and so by source start).
  private final int[] derivedStarts;
  private final int[] sourceStarts;
  private final int[] lengths;
  private final int derivedLength;
  private final int sourceLength;

  private OffsetMap(int[] derivedStarts, int[] sourceStarts, int[] lengths, int derivedLength, int sourceLength) {
    this.derivedStarts = derivedStarts;
    this.sourceStarts = sourceStarts;
    this.lengths = lengths;
    this.derivedLength = derivedLength;
    this.sourceLength = sourceLength;
  }

  /** The map of a text onto itself. */
  public static OffsetMap identity(int length) {
    return builder(length).copy(0, length).build();
  }

  /** A builder for a derived text taken from a source of {@code sourceLength} characters. */
  public static Builder builder(int sourceLength) {
    return new Builder(sourceLength);
  }

  public int derivedLength() {
    return derivedLength;
  }

  public int sourceLength() {
    return sourceLength;
  }

  /** The number of copied runs; a measure of how fragmented the derived text is. */
  public int runCount() {
    return lengths.length;
  }

  /**
   * The source span of a derived span: from its first copied character to just past its last; an
   * empty span where the derived span covers no copied character.
   */
  public Span toSource(Span derived) {
    checkDerived(derived.end());
    int start = sourceStartOf(derived.start());
    int end = sourceEndOf(derived.end());
    // a span of inserted characters only covers no source: an empty span where it stands
    return end < start ? new Span(end, end) : new Span(start, end);
  }

  /** The source offset of the derived character at {@code offset}, or of the next copied one. */
  public int sourceStartOf(int offset) {
    checkDerived(offset);
    int run = runAtOrBefore(offset);
    if (run >= 0 && offset < derivedStarts[run] + lengths[run]) {
      return sourceStarts[run] + (offset - derivedStarts[run]);
    }
    int next = run + 1;
    return next < lengths.length ? sourceStarts[next] : sourceEndOfLastRunBefore(next);
  }

  /** The source offset just past the derived character before {@code end}, or past the previous copied one. */
  public int sourceEndOf(int end) {
    checkDerived(end);
    if (end == 0) {
      return lengths.length == 0 ? 0 : sourceStarts[0];
    }
    int run = runAtOrBefore(end - 1);
    if (run < 0) {
      return lengths.length == 0 ? 0 : sourceStarts[0];
    }
    int inRun = Math.min(end - derivedStarts[run], lengths[run]);
    return sourceStarts[run] + inRun;
  }

  /**
   * This map followed by {@code next}: if this maps text A to its source B and {@code next} maps
   * B to its source C, the result maps A to C.
   */
  public OffsetMap andThen(OffsetMap next) {
    if (next.derivedLength != sourceLength) {
      throw new IllegalArgumentException(
          "cannot chain: this map's source has " + sourceLength + " chars, the next map's derived text " + next.derivedLength);
    }
    Builder out = builder(next.sourceLength);
    int cursor = 0;
    for (int r = 0; r < lengths.length; r++) {
      if (derivedStarts[r] > cursor) {
        out.insert(derivedStarts[r] - cursor);
      }
      next.copyRange(sourceStarts[r], lengths[r], out);
      cursor = derivedStarts[r] + lengths[r];
    }
    if (derivedLength > cursor) {
      out.insert(derivedLength - cursor);
    }
    return out.build();
  }

  /** Copies the image of {@code [from, from+length)} of this map's derived text into {@code out}. */
  private void copyRange(int from, int length, Builder out) {
    int end = from + length;
    int pos = from;
    while (pos < end) {
      int run = runAtOrBefore(pos);
      if (run >= 0 && pos < derivedStarts[run] + lengths[run]) {
        int take = Math.min(end, derivedStarts[run] + lengths[run]) - pos;
        out.copy(sourceStarts[run] + (pos - derivedStarts[run]), take);
        pos += take;
      } else {
        int next = run + 1;
        int gapEnd = next < lengths.length ? Math.min(end, derivedStarts[next]) : end;
        out.insert(gapEnd - pos);
        pos = gapEnd;
      }
    }
  }

  /** The runs, as {derivedStart, sourceStart, length} triples; for storage and tests. */
  public int[] toArray() {
    int[] out = new int[lengths.length * 3];
    for (int r = 0; r < lengths.length; r++) {
      out[3 * r] = derivedStarts[r];
      out[3 * r + 1] = sourceStarts[r];
      out[3 * r + 2] = lengths[r];
    }
    return out;
  }

  /** The inverse of {@link #toArray()}; validates the triples. */
  public static OffsetMap fromArray(int[] triples, int derivedLength, int sourceLength) {
    if (triples.length % 3 != 0) {
      throw new IllegalArgumentException("offset map runs come in triples, got " + triples.length + " ints");
    }
    Builder b = builder(sourceLength);
    for (int i = 0; i < triples.length; i += 3) {
      int gap = triples[i] - b.derivedLength;
      if (gap < 0) {
        throw new IllegalArgumentException("offset map runs overlap at derived offset " + triples[i]);
      }
      b.insert(gap);
      b.copy(triples[i + 1], triples[i + 2]);
    }
    if (derivedLength < b.derivedLength) {
      throw new IllegalArgumentException("derived length " + derivedLength + " is shorter than its runs");
    }
    b.insert(derivedLength - b.derivedLength);
    return b.build();
  }

  private int sourceEndOfLastRunBefore(int run) {
    int last = run - 1;
    return last >= 0 ? sourceStarts[last] + lengths[last] : 0;
  }

  /** Index of the last run starting at or before {@code offset}, or -1. */
  private int runAtOrBefore(int offset) {
    int i = Arrays.binarySearch(derivedStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private void checkDerived(int offset) {
    if (offset < 0 || offset > derivedLength) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside a derived text of " + derivedLength + " chars");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && derivedLength == m.derivedLength
        && sourceLength == m.sourceLength
        && Arrays.equals(toArray(), m.toArray());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toArray()) * 31 + derivedLength;
  }

  @Override
  public String toString() {
    return "OffsetMap(" + lengths.length + " runs, " + derivedLength + " -> " + sourceLength + " chars)";
  }

  /**
   * Builds a map while the derived text is written left to right: call {@link #copy} for each
   * piece taken from the source, {@link #insert} for each piece that has no source.
   */
  public static final class Builder {
    private final int sourceLength;
    private final List<int[]> runs = new ArrayList<>();
    private int derivedLength;
    private int lastSourceEnd;

    private Builder(int sourceLength) {
      if (sourceLength < 0) {
        throw new IllegalArgumentException("source length must not be negative: " + sourceLength);
      }
      this.sourceLength = sourceLength;
    }

    /** Appends {@code length} characters copied from the source at {@code sourceStart}. */
    public Builder copy(int sourceStart, int length) {
      if (length < 0 || sourceStart < lastSourceEnd || sourceStart + length > sourceLength) {
        throw new IllegalArgumentException(
            "copy of " + length + " chars at source " + sourceStart + " is out of order or outside the source ("
                + lastSourceEnd + ".." + sourceLength + ")");
      }
      if (length == 0) {
        return this;
      }
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[0] + last[2] == derivedLength && last[1] + last[2] == sourceStart) {
        last[2] += length; // contiguous in both texts: extend the run
      } else {
        runs.add(new int[] {derivedLength, sourceStart, length});
      }
      derivedLength += length;
      lastSourceEnd = sourceStart + length;
      return this;
    }

    /** Appends {@code length} characters that stand in no source place. */
    public Builder insert(int length) {
      if (length < 0) {
        throw new IllegalArgumentException("insert length must not be negative: " + length);
      }
      derivedLength += length;
      return this;
    }

    public int derivedLength() {
      return derivedLength;
    }

    public OffsetMap build() {
      int n = runs.size();
      int[] d = new int[n];
      int[] s = new int[n];
      int[] l = new int[n];
      for (int i = 0; i < n; i++) {
        int[] run = runs.get(i);
        d[i] = run[0];
        s[i] = run[1];
        l[i] = run[2];
      }
      return new OffsetMap(d, s, l, derivedLength, sourceLength);
    }
  }
}
