package org.storyline.ingest;

/**
 * Limits of the ingest stage, checked whole when built.
 *
 * <p>{@code maxFileBytes} bounds one text or HTML article (after gzip decompression): a larger
 * input is reported, never read into memory. {@code maxRecordBytes} bounds one JSONL line; a JSONL
 * file itself may be of any size, it is streamed line by line.
 *
 * <p>Example: {@code IngestOptions.defaults().withMaxFileBytes(1 << 20)}.
 *
 * @param maxFileBytes the most bytes one text or HTML input may have
 * @param maxRecordBytes the most bytes one JSONL line may have, without its line end
 */
public record IngestOptions(long maxFileBytes, long maxRecordBytes) {

  /** 16 MiB, the default limit for one article and one JSONL line. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /** The largest limit: what one Java array can hold. */
  public static final long LARGEST_LIMIT = Integer.MAX_VALUE - 8;

  public IngestOptions {
    requireLimit(maxFileBytes, "maxFileBytes");
    requireLimit(maxRecordBytes, "maxRecordBytes");
  }

  /** 16 MiB per text or HTML input, 16 MiB per JSONL line. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_BYTES);
  }

  public IngestOptions withMaxFileBytes(long bytes) {
    return new IngestOptions(bytes, maxRecordBytes);
  }

  public IngestOptions withMaxRecordBytes(long bytes) {
    return new IngestOptions(maxFileBytes, bytes);
  }

  /**
   * The settings as one string, kept with what a file gave ({@code max-file-bytes=.. max-record-bytes=..}):
   * the same file read with other limits may give other articles, so it is read again.
   */
  public String key() {
    return "max-file-bytes=" + maxFileBytes + " max-record-bytes=" + maxRecordBytes;
  }

  private static void requireLimit(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
    if (value > LARGEST_LIMIT) {
      throw new IllegalArgumentException(name + " must be at most " + LARGEST_LIMIT + " bytes, not " + value);
    }
  }
}
