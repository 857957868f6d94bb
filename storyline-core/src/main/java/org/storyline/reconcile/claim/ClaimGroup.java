package org.storyline.reconcile.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Unit;

/**
 * Claims about the same thing, from one or more articles: the same counted thing (normalised head
 * noun), the same owner, the same modality and unit, and places that may be the same.
 *
 * @param thing the normalised head noun: "troops" for troops, forces and soldiers
 * @param owner whose things they are, if the claims say
 * @param modality the modality every member has
 * @param unit the unit every member has
 * @param members the claims, in the order given
 * @param disagreement whether two members allow no common value, their qualifiers applied (94,300
 *     "estimated" and "more than 127,000" disagree; "approximately 100,000" and 94,300 do not)
 */
public record ClaimGroup(String thing, Optional<String> owner, Modality modality, Unit unit, List<SourcedClaim> members,
    boolean disagreement) {

  public ClaimGroup {
    Objects.requireNonNull(thing, "thing");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(unit, "unit");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a group has at least one claim");
    }
  }

  /** Whether its members come from more than one article. */
  public boolean acrossArticles() {
    return members.stream().map(SourcedClaim::article).distinct().count() > 1;
  }
}
