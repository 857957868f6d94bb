package org.storyline.reconcile.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Happening;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.Unit;

/**
 * Groups claims by normalised head noun, owner, modality and unit; within that, a claim joins the
 * first group whose members all count the same things in the same happening: places compatible
 * ({@link org.storyline.extract.claim.Place#compatibleWith}), and what the list below says.
 *
 * <pre>{@code
 * // "Russia has approximately 100,000 troops on the border with Ukraine"        (Fox News)
 * // "the number of Russian troops near Ukraine and in Crimea is estimated at 94,300" (Reznikov)
 * // "Russia has now deployed more than 127,000 troops to the region"             (Ukrainian Defense Ministry)
 * // -> one group: troops, Russia, COUNT, disagreement (127,000+ is beyond 94,300 ± 10%)
 * // "Putin plans to invade ... using 175,000 troops" is a PLAN: a group of its own
 * }</pre>
 *
 * <p>A claim joins a group only when it counts the same things in the same happening as every
 * member:
 * <ul>
 *   <li>what happened to them may be the same ({@link Claim#happening()}): the same, or one of them
 *       not said, or people shot beside people killed or injured by the shots ("the shootings of three
 *       people" and "killed four people" disagree); 2 killed and 6 "seen arriving on bikes" do not;
 *   <li>both are the things themselves, or both some of things counted before ("two of the
 *       victims"), or both more of them ("three more people");
 *   <li>a kind named on both sides is the same ({@link org.storyline.extract.claim.Subject#modifiers}):
 *       "Property crime incidents" and "Violent crime incidents" are two things, "shooting victims"
 *       and "victims" one.
 * </ul>
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
      return members.stream().allMatch(m -> sameThingAndHappening(m.claim(), c));
    }
  }

  /**
   * Whether two claims of one thing, owner, modality and unit count the same things in the same
   * happening: places that may be the same, the same part, happenings that may be the same and
   * kinds of the thing that may be the same.
   */
  static boolean sameThingAndHappening(Claim a, Claim b) {
    boolean places = a.place().isEmpty() || b.place().isEmpty() || a.place().get().compatibleWith(b.place().get());
    return places && a.happening().part() == b.happening().part()
        && compatible(a.happening().key(), b.happening().key())
        && sameKind(a.subject().modifiers(), b.subject().modifiers());
  }

  /**
   * Whether two happenings may be one: the same, or one said of people shot and the other of
   * people killed or injured by the shots, or one not said.
   */
  static boolean compatible(String a, String b) {
    return a.equals(b) || a.isEmpty() || b.isEmpty() || shotAndItsOutcome(a, b) || shotAndItsOutcome(b, a);
  }

  /** People shot are the people killed and injured by the shots: a count of either may be told as one of them. */
  private static boolean shotAndItsOutcome(String shot, String outcome) {
    return shot.equals(Happening.SHOT) && (outcome.equals(Happening.KILLED) || outcome.equals(Happening.INJURED));
  }

  /** A kind named on both sides must be the same: property and violent crime incidents are not. */
  static boolean sameKind(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }
}
