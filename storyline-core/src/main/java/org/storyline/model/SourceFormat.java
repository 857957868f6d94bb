package org.storyline.model;

/** The kind of input an article was read from. */
public enum SourceFormat {
  /** Plain text, optionally opening with a {@code  date YYYY-MM-DD} line. */
  TEXT,
  /** One JSON object per line. */
  JSONL,
  /** An HTML page. */
  HTML
}
