package org.storyline.reconcile.event;

import java.util.List;

/**
 * The mentions that speak of one happening, in the order they were given to the coreferencer.
 *
 * @param mentions at least one mention
 */
public record EventCluster(List<EventMention> mentions) {

  public EventCluster {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event cluster needs a mention");
    }
  }
}
