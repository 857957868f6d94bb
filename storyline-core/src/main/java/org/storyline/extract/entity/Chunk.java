package org.storyline.extract.entity;

import java.util.Objects;

/**
 * A labelled run of tokens {@code [start, end)} of one token sequence, e.g. tokens 3–5 of a
 * sentence form a {@code PER} chunk.
 *
 * @param start the first token's index
 * @param end one past the last token's index
 * @param type the chunk's type as its tags give it ({@code PER}); may be empty for untyped tags
 */
public record Chunk(int start, int end, String type) {

  public Chunk {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid chunk [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
