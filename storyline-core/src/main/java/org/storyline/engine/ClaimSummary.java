package org.storyline.engine;

import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Unit;
import org.storyline.reconcile.claim.ClaimGroup;
import org.storyline.reconcile.claim.ClaimValues;

/**
 * A claim group by its values: its key and each distinct value with the articles giving it. On a
 * page of groups the values are bounded ({@link #of}: {@link ClaimValues#first} with {@link
 * ClaimValues#PAGE_VALUES} and {@link ClaimValues#PAGE_SOURCES}); the store keeps that with the
 * group when the story's claims are grouped, so a page reads one row a group. {@link #whole} holds
 * every value and source.
 */
public record ClaimSummary(ClaimGroupId id, String thing, Optional<String> owner, Modality modality, Unit unit,
    boolean disagreement, ClaimValues values) {

  public ClaimSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(thing, "thing");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(values, "values");
  }

  /** The summary of {@code group}, stored as {@code id}, as a page of groups shows it. */
  public static ClaimSummary of(ClaimGroupId id, ClaimGroup group) {
    return whole(id, group).first(ClaimValues.PAGE_VALUES, ClaimValues.PAGE_SOURCES);
  }

  /** Every value of {@code group}, stored as {@code id}, and every source of each. */
  public static ClaimSummary whole(ClaimGroupId id, ClaimGroup group) {
    return new ClaimSummary(id, group.thing(), group.owner(), group.modality(), group.unit(), group.disagreement(),
        ClaimValues.of(group));
  }

  /** This summary with its values bounded as {@link ClaimValues#first} says. */
  public ClaimSummary first(int values, int sources) {
    return new ClaimSummary(id, thing, owner, modality, unit, disagreement, this.values.first(values, sources));
  }
}
