package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, one at a time, never holding more than one line of at most {@code
 * maxLineBytes} bytes: a longer line is skipped to its end and only its length is kept. Lines end
 * at {@code \n}; a {@code \r} before it is dropped. A last line without a line end counts; the
 * empty string after a final line end does not.
 *
 * <p>Use: {@code while (lines.next()) { if (lines.tooLong()) ...; else use(lines.bytes(),
 * lines.length()); }}
 */
final class LineReader {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int pos;
  private int limit;
  private long position;

  private byte[] line = new byte[256];
  private long lineBytes;
  private byte lastByte;
  private long lineOffset;
  private long number;

  /**
   * @param startOffset the stream offset of the first byte {@code in} gives (after a skipped BOM)
   */
  LineReader(InputStream in, int maxLineBytes, long startOffset) {
    this(in, maxLineBytes, startOffset, 0);
  }

  /**
   * Lines numbered on after {@code linesBefore}: {@code in} starts at a line start {@code
   * startOffset} bytes into a stream whose first {@code linesBefore} lines were read before.
   */
  LineReader(InputStream in, int maxLineBytes, long startOffset, long linesBefore) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.position = startOffset;
    this.number = linesBefore;
  }

  /** Moves to the next line; {@code false} at the end of the stream. */
  boolean next() throws IOException {
    lineBytes = 0;
    lastByte = 0;
    lineOffset = position;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        int n = in.read(buffer);
        if (n <= 0) {
          pos = limit = 0;
          if (!any) {
            return false;
          }
          break;
        }
        pos = 0;
        limit = n;
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      append(start, pos - start);
      position += pos - start;
      if (pos < limit) {
        pos++; // the line end
        position++;
        break;
      }
    }
    if (lastByte == '\r') {
      lineBytes--;
    }
    number++;
    return true;
  }

  /** Keeps the bytes while the line fits, one byte over the limit allowed for a {@code \r}. */
  private void append(int start, int n) {
    if (n == 0) {
      return;
    }
    lastByte = buffer[start + n - 1];
    if (lineBytes + n <= maxLineBytes + 1L) {
      int needed = (int) lineBytes + n;
      if (needed > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(maxLineBytes + 1L, Math.max(needed, 2L * line.length)));
      }
      System.arraycopy(buffer, start, line, (int) lineBytes, n);
    }
    lineBytes += n;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  /** The byte offset of the current line in the stream. */
  long offset() {
    return lineOffset;
  }

  /** Whether the current line is over the limit; its bytes are then not kept. */
  boolean tooLong() {
    return lineBytes > maxLineBytes;
  }

  /** The current line's length in bytes, without its line end. */
  long length() {
    return lineBytes;
  }

  /** The current line's bytes, valid up to {@link #length()} and until the next call of {@link #next()}. */
  byte[] bytes() {
    return line;
  }
}
