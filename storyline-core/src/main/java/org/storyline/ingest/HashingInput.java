package org.storyline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stream that hashes (SHA-256) and counts the bytes read through it, so that what a reader was
 * given is exactly what is recorded of a file, in the same pass. Skipping reads and hashes too.
 */
final class HashingInput extends FilterInputStream {

  private final MessageDigest sha;
  private long count;
  private int lastByte = -1;

  HashingInput(InputStream in) {
    super(in);
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      sha.update((byte) b);
      count++;
      lastByte = b;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      sha.update(b, off, n);
      count += n;
      lastByte = b[off + n - 1] & 0xff;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(n, 64 * 1024)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r <= 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would hash the same bytes twice
  }

  /** Reads (and hashes) up to {@code n} bytes; returns how many there were. */
  long consume(long n) throws IOException {
    return skip(n);
  }

  /** Reads (and hashes) the rest of the stream. */
  void drain() throws IOException {
    consume(Long.MAX_VALUE);
  }

  long count() {
    return count;
  }

  /** The SHA-256 of the bytes read so far, in hex; reading may go on. */
  String hexSoFar() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the runtime's SHA-256 cannot be copied", e);
    }
  }

  /** Whether the last byte read is a line end (or nothing was read). */
  boolean atLineStart() {
    return lastByte < 0 || lastByte == '\n';
  }
}
