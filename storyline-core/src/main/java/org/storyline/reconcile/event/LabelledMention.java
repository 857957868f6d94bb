package org.storyline.reconcile.event;

import java.util.Objects;

/**
 * An event mention and the gold event it refers to: what training and scoring read.
 *
 * @param mention the mention
 * @param event the gold event's id; two mentions corefer when their ids are equal
 */
public record LabelledMention(EventMention mention, String event) {

  public LabelledMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(event, "event");
  }
}
