package org.storyline.engine;

import java.util.Objects;

/**
 * The clusterer's state as of the end of one batch, so that a run need not cluster every stored
 * article again: it restores this and replays only the batches stored after it.
 *
 * @param batch the last batch the state includes
 * @param state the clusterer's own encoding of its state
 */
public record Checkpoint(long batch, byte[] state) {

  public Checkpoint {
    Objects.requireNonNull(state, "state");
    if (batch < 0) {
      throw new IllegalArgumentException("batch must not be negative: " + batch);
    }
  }
}
