package org.storyline.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A store could not be opened, read or written. The message starts with the store's location (its
 * file, {@code storyline.db: ...}, or its database address without password) and, when one article
 * is to blame, names its id; {@link #location()} gives it to callers that want to say more.
 *
 * <p>Unchecked: a caller can rarely do more than report it, and the batch that failed was rolled
 * back before it was thrown.
 */
public final class StoreException extends RuntimeException {

  private final String location;

  public StoreException(Path file, String message) {
    this(Objects.requireNonNull(file, "file").toString(), message, null);
  }

  public StoreException(Path file, String message, Throwable cause) {
    this(Objects.requireNonNull(file, "file").toString(), message, cause);
  }

  public StoreException(String location, String message) {
    this(location, message, null);
  }

  public StoreException(String location, String message, Throwable cause) {
    super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(message, "message"), cause);
    this.location = location;
  }

  /** The store the failure concerns: a file path, or a database address without its password. */
  public String location() {
    return location;
  }

  /** The store file the failure concerns, for a SQLite store ({@link #location()} as a path). */
  public Path file() {
    return Path.of(location);
  }
}
