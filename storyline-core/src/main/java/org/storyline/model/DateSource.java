package org.storyline.model;

/** How a publication date was learned, from most to least direct. */
public enum DateSource {
  /** The {@code  date YYYY-MM-DD} line that opens a plain-text article. */
  DATE_LINE,
  /** A metadata field: a JSONL field, an HTML meta tag. */
  METADATA,
  /** Given by the user, e.g. {@code annotate --date}. */
  USER,
  /** The day a web archive or a fetcher captured the page: a fallback, never after the true date. */
  CAPTURE,
  /** Inferred from the text and other articles; comes with a confidence. */
  INFERRED
}
