package org.storyline.ingest;

import java.util.Objects;

/**
 * What one reading of an input file covered, to recognise the file when it is read again: the
 * bytes read (raw, before any decompression) and their SHA-256, and for JSON Lines where the
 * reading stopped, so that lines appended later can be read on their own.
 *
 * @param size the bytes read, the whole file
 * @param sha256 their SHA-256, 64 hex digits
 * @param lines the JSON Lines lines numbered (0 for other formats): an appended line is numbered on from here
 * @param endsAtLineEnd whether the last byte read is a line end, so bytes appended begin a new line
 * @param anyText whether any line held text (a JSON Lines file that held none was reported as empty)
 */
public record FileRead(long size, String sha256, long lines, boolean endsAtLineEnd, boolean anyText) {

  public FileRead {
    if (size < 0 || lines < 0) {
      throw new IllegalArgumentException("size and lines cannot be negative: " + size + ", " + lines);
    }
    Objects.requireNonNull(sha256, "sha256");
    if (sha256.length() != 64) {
      throw new IllegalArgumentException("a SHA-256 is 64 hex digits: " + sha256);
    }
  }

  /** How a file compared with an earlier reading of it, and so what was read of it. */
  public enum Kind {
    /** The same bytes: nothing was handed on. */
    UNCHANGED,
    /** Lines were appended to a JSON Lines file after a line end: only they were handed on. */
    APPENDED,
    /** New or changed (or not readable to its end): the whole file was read. */
    WHOLE
  }

  /**
   * The outcome of {@link Ingestor#readFile(java.nio.file.Path, java.util.Optional, Runnable,
   * java.util.function.Consumer, java.util.function.Consumer)}.
   *
   * @param kind what was read
   * @param read what the bytes now are; empty when the file could not be read to its end (missing,
   *     over a limit, a read error): such a reading is not to be remembered
   */
  public record Outcome(Kind kind, java.util.Optional<FileRead> read) {
    public Outcome {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(read, "read");
    }
  }
}
