package org.storyline.store;

import java.nio.file.Path;
import org.storyline.engine.Store;

/** Opens a store by where it is: for now a file path, which is a SQLite store. */
public final class Stores {

  private Stores() {}

  /**
   * Opens the store at {@code location}, creating it when it does not exist.
   *
   * @throws StoreException when it cannot be opened (not a store, a newer Storyline's, unreadable)
   */
  public static Store open(String location) {
    return SqliteStore.open(Path.of(location));
  }

  /** Opens the store file at {@code file}. */
  public static Store open(Path file) {
    return SqliteStore.open(file);
  }
}
