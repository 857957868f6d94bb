package org.storyline.eval.semeval;

/** A timeline file the scorer cannot read; the message names the file and the line. */
public final class TimelineFormatException extends RuntimeException {
  public TimelineFormatException(String message) {
    super(message);
  }
}
