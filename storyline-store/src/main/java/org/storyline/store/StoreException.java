package org.storyline.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A store could not be opened, read or written. The message starts with the store's file ({@code
 * storyline.db: ...}) and, when one article is to blame, names its id; {@link #file()} gives the
 * file to callers that want to say more.
 *
 * <p>Unchecked: a caller can rarely do more than report it, and the batch that failed was rolled
 * back before it was thrown.
 */
public final class StoreException extends RuntimeException {

  private final Path file;

  public StoreException(Path file, String message) {
    this(file, message, null);
  }

  public StoreException(Path file, String message, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(message, "message"), cause);
    this.file = file;
  }

  /** The store file the failure concerns. */
  public Path file() {
    return file;
  }
}
