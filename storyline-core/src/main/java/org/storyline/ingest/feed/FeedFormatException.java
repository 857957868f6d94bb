package org.storyline.ingest.feed;

/** Bytes that are not a feed; the message says why in one line. */
public final class FeedFormatException extends Exception {

  public FeedFormatException(String message) {
    super(message);
  }
}
