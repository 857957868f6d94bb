package org.storyline.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * One write of the engine, as a {@link CommitListener} hears it.
 *
 * @param update the batch committed; empty when every story, entity and claim group is forgotten at
 *     once (the store is about to be clustered again, and its stories written anew)
 */
public record StoreChange(Optional<BatchUpdate> update) {

  public StoreChange {
    Objects.requireNonNull(update, "update");
  }

  static StoreChange of(BatchUpdate update) {
    return new StoreChange(Optional.of(update));
  }

  static StoreChange forgettingAll() {
    return new StoreChange(Optional.empty());
  }

  /** Whether this write may change anything derived (every story, entity and claim group). */
  public boolean everything() {
    return update.isEmpty();
  }
}
