package org.storyline.flink;

import java.io.Serializable;
import org.storyline.engine.Store;
import org.storyline.store.Stores;

/**
 * Opens the job's store by its location, on the task manager that writes to it (a store is not
 * serializable; its location is). The default is {@link Stores#open(String)}: a file path or a
 * JDBC address. Tests wrap it to make the store fail for a while.
 */
@FunctionalInterface
public interface StoreOpener extends Serializable {

  /** Opens the store at {@code location}. */
  Store open(String location);

  /** {@link Stores#open(String)}. */
  static StoreOpener standard() {
    return Stores::open;
  }
}
