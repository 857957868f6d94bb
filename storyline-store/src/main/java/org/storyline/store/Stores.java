package org.storyline.store;

import java.nio.file.Path;
import org.storyline.engine.Store;

/**
 * Opens a store by where it is: a JDBC address {@code jdbc:postgresql://HOST[:PORT]/DATABASE?user=..}
 * is a PostgreSQL store, anything else the path of a SQLite file. Nothing above this names either.
 */
public final class Stores {

  /** What a PostgreSQL store's location starts with. */
  public static final String POSTGRES_PREFIX = "jdbc:postgresql:";

  private Stores() {}

  /**
   * Opens the store at {@code location}, creating it when it does not exist (for PostgreSQL: making
   * its tables in an empty database, which must exist).
   *
   * @throws StoreException when it cannot be opened (not a store, a newer Storyline's, unreadable,
   *     the server unreachable)
   */
  public static Store open(String location) {
    return JdbcStore.at(location);
  }

  /**
   * Whether no store is at {@code location} yet: a path where no file is. A database's address is
   * never called absent: opening it tells.
   */
  public static boolean absent(String location) {
    return !location.startsWith(POSTGRES_PREFIX) && !java.nio.file.Files.isRegularFile(Path.of(location));
  }

  /** Opens the store file at {@code file}. */
  public static Store open(Path file) {
    return JdbcStore.open(file);
  }
}
