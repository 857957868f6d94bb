package org.storyline.reconcile.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Place;
import org.storyline.extract.claim.Unit;

/**
 * Groups claims by normalised head noun, owner, modality and unit; within that, a claim joins the
 * first group whose places are all compatible with its own ({@link Place#compatibleWith}).
 *
 * <pre>{@code
 * // "Russia has approximately 100,000 troops on the border with Ukraine"        (Fox News)
 * // "the number of Russian troops near Ukraine and in Crimea is estimated at 94,300" (Reznikov)
 * // "Russia has now deployed more than 127,000 troops to the region"             (Ukrainian Defense Ministry)
 * // -> one group: troops, Russia, COUNT, disagreement (127,000+ is beyond 94,300 ± 10%)
 * // "Putin plans to invade ... using 175,000 troops" is a PLAN: a group of its own
 * }</pre>
 *
 * <p>A group's figures disagree when no value fits every member's bounds; plans and possibilities of
 * no named owner never do (whose option each is, the text does not say).
 */
public final class RuleClaimGrouper implements ClaimGrouper {

  /** Head nouns that name the same thing. */
  private static final Map<String, String> SAME_THING = Map.ofEntries(
      Map.entry("forces", "troops"), Map.entry("soldiers", "troops"), Map.entry("servicemembers", "troops"),
      Map.entry("servicemen", "troops"), Map.entry("personnel", "troops"), Map.entry("troop", "troops"),
      Map.entry("person", "people"), Map.entry("persons", "people"), Map.entry("individuals", "people"),
      Map.entry("dead", "deaths"), Map.entry("fatalities", "deaths"), Map.entry("casualties", "deaths"));

  @Override
  public List<ClaimGroup> group(List<SourcedClaim> claims) {
    Objects.requireNonNull(claims, "claims");
    List<Draft> drafts = new ArrayList<>();
    for (SourcedClaim sc : claims) {
      Claim c = sc.claim();
      if (!c.subject().isNamed()) {
        continue;
      }
      String thing = thing(c.subject().head());
      Draft home = null;
      for (Draft d : drafts) {
        if (d.accepts(thing, c)) {
          home = d;
          break;
        }
      }
      if (home == null) {
        home = new Draft(thing, c.subject().owner(), c.modality(), c.quantity().unit());
        drafts.add(home);
      }
      home.members.add(sc);
    }
    List<ClaimGroup> groups = new ArrayList<>();
    for (Draft d : drafts) {
      groups.add(new ClaimGroup(d.thing, d.owner, d.modality, d.unit, d.members, d.comparable() && disagree(d.members)));
    }
    groups.sort(Comparator.comparingInt((ClaimGroup g) -> -g.members().size()));
    return groups;
  }

  /** The normalised head noun. */
  static String thing(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    return SAME_THING.getOrDefault(h, h);
  }

  private static boolean disagree(List<SourcedClaim> members) {
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    for (SourcedClaim m : members) {
      low = Math.max(low, m.claim().quantity().low());
      high = Math.min(high, m.claim().quantity().high());
    }
    return low > high;
  }

  /** A group being built. */
  private static final class Draft {
    final String thing;
    final Optional<String> owner;
    final Modality modality;
    final Unit unit;
    final List<SourcedClaim> members = new ArrayList<>();

    Draft(String thing, Optional<String> owner, Modality modality, Unit unit) {
      this.thing = thing;
      this.owner = owner;
      this.modality = modality;
      this.unit = unit;
    }

    /**
     * Whether different figures here are accounts of one figure. Plans and possibilities are only when
     * the text says whose they are: "plans to invade using 175,000 troops" and "is considering moving
     * 1,000 to 5,000 troops" may be two actors' options, not two sources at odds.
     */
    boolean comparable() {
      return owner.isPresent() || (modality != Modality.PLAN && modality != Modality.POSSIBILITY);
    }

    boolean accepts(String thing, Claim c) {
      if (!this.thing.equals(thing) || !owner.equals(c.subject().owner()) || modality != c.modality()
          || unit != c.quantity().unit()) {
        return false;
      }
      Optional<Place> place = c.place();
      return place.isEmpty() || members.stream().allMatch(m -> m.claim().place().map(p -> p.compatibleWith(place.get())).orElse(true));
    }
  }
}
