package org.storyline.engine;

/** Another process writes to the store; the message names the store and says what to do. */
public final class StoreBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreBusyException(String message) {
    super(message);
  }
}
