package org.storyline.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into one text: the cleaned
 * text of an article, or its source text, as the field holding the span says.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The characters this span covers in {@code text}. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(this + " is past the end of a text of " + text.length() + " chars");
    }
    return text.subSequence(start, end).toString();
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
