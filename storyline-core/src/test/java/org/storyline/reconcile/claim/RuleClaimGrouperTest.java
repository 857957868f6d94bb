package org.storyline.reconcile.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.claim.Modality;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.claim.Seeds;
import org.storyline.model.ArticleId;

class RuleClaimGrouperTest {

  /** The claims the rules find in {@code text}, as article {@code id} of "Outlet id" gives them. */
  static List<SourcedClaim> claims(String id, String text) {
    List<SourcedClaim> out = new ArrayList<>();
    for (Claim c : new RuleClaimExtractor().claims(text, List.of(), Optional.empty())) {
      out.add(new SourcedClaim(c, id(id), Optional.of("Outlet " + id), Optional.of(LocalDate.of(2022, 1, 24))));
    }
    return out;
  }

  static ArticleId id(String name) {
    return new ArticleId(String.format("%016x", Math.abs((long) name.hashCode())));
  }

  @Test
  void countsAndPlans_areNeverInOneGroup() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Russia has 100,000 troops near Ukraine."));
    all.addAll(claims("b", "Russia plans to send 175,000 troops near Ukraine."));
    all.addAll(claims("c", "Russia could send 150,000 troops near Ukraine."));
    List<ClaimGroup> groups = new RuleClaimGrouper().group(all);
    assertThat(groups).hasSize(3).allSatisfy(g ->
        assertThat(g.members()).extracting(m -> m.claim().modality()).containsOnly(g.modality()));
  }

  @Test
  void otherOwnersOrPlaces_makeOtherGroups() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Russia has 100,000 troops near Ukraine."));
    all.addAll(claims("b", "The U.S. has placed 8,500 troops on alert."));
    all.addAll(claims("c", "Russia has 20,000 troops in Syria."));
    assertThat(new RuleClaimGrouper().group(all)).hasSize(3);
  }

  @Test
  void disagreement_takesQualifiersIntoAccount() {
    List<SourcedClaim> agree = new ArrayList<>(claims("a", "Russia has approximately 100,000 troops near Ukraine."));
    agree.addAll(claims("b", "Russian troops near Ukraine number an estimated 94,300."));
    agree.addAll(claims("c", "Russia has 95,000 troops near Ukraine."));
    assertThat(new RuleClaimGrouper().group(agree)).singleElement().extracting(ClaimGroup::disagreement).isEqualTo(false);
    List<SourcedClaim> disagree = new ArrayList<>(agree);
    disagree.addAll(claims("d", "Russia has deployed more than 127,000 troops near Ukraine."));
    assertThat(new RuleClaimGrouper().group(disagree)).singleElement().extracting(ClaimGroup::disagreement).isEqualTo(true);
  }

  @Test
  void plansOfNoNamedOwner_neverDisagree() {
    List<SourcedClaim> unowned = new ArrayList<>(claims("a", "The ministry plans to hire 200 teachers."));
    unowned.addAll(claims("b", "The council plans to hire 3,000 teachers."));
    assertThat(new RuleClaimGrouper().group(unowned)).singleElement().satisfies(g -> {
      assertThat(g.modality()).isEqualTo(Modality.PLAN);
      assertThat(g.owner()).isEmpty();
      assertThat(g.disagreement()).isFalse();
    });
    List<SourcedClaim> owned = new ArrayList<>(claims("c", "The Kremlin plans to send 175,000 Russian troops."));
    owned.addAll(claims("d", "Moscow plans to send 90,000 Russian troops."));
    assertThat(new RuleClaimGrouper().group(owned)).singleElement().satisfies(g -> {
      assertThat(g.owner()).contains("Russia");
      assertThat(g.disagreement()).isTrue();
    });
  }

  @Test
  void seeds_conflictGroupHoldsTheThreeCountsAndNotThePlan() {
    List<SourcedClaim> all = new ArrayList<>();
    for (String file : Seeds.FILES) {
      Seeds.Seed seed = Seeds.read(file);
      for (Claim c : seed.claims()) {
        all.add(new SourcedClaim(c, id(file), Optional.empty(), seed.date()));
      }
    }
    List<ClaimGroup> groups = new RuleClaimGrouper().group(all);
    ClaimGroup conflict = groups.stream().filter(g -> g.members().stream()
        .anyMatch(m -> m.claim().quantity().text().equals("94,300"))).findFirst().orElseThrow();
    assertThat(conflict.modality()).isEqualTo(Modality.COUNT);
    assertThat(conflict.owner()).contains("Russia");
    assertThat(conflict.members()).extracting(m -> m.claim().quantity().text()).contains("94,300", "100,000", "127,000")
        .doesNotContain("175,000");
    assertThat(conflict.members()).extracting(SourcedClaim::article).contains(
        id("000_4794b076882f08fe.txt"), id("002_503e3c828b1c7fa5.txt"), id("004_56b9276ed6e05626.txt"));
    assertThat(conflict.disagreement()).isTrue();
    assertThat(conflict.members()).filteredOn(m -> m.claim().quantity().text().equals("94,300"))
        .extracting(SourcedClaim::assertedBy).containsExactly("Oleksii Reznikov");
  }

  /** The groups of "people" in {@code groups}, as their members' values. */
  private static List<List<Double>> valuesOf(List<ClaimGroup> groups, String thing) {
    return groups.stream().filter(g -> g.thing().equals(thing))
        .map(g -> g.members().stream().map(m -> m.claim().quantity().amount().low()).toList()).toList();
  }

  @Test
  void peopleKilledAndPeopleSeen_areNotOneFigure() {
    List<SourcedClaim> all = claims("a", "Two people were killed and three were hurt on Sunday. "
        + "One witness told KING 5 he saw at least six people dressed in black arrive on bikes.");
    List<ClaimGroup> groups = new RuleClaimGrouper().group(all);
    assertThat(valuesOf(groups, "people")).containsExactlyInAnyOrder(List.of(2.0), List.of(6.0));
    assertThat(groups).noneMatch(ClaimGroup::disagreement);
  }

  @Test
  void contrastingKinds_areNotOneThing() {
    List<ClaimGroup> groups = new RuleClaimGrouper().group(claims("a", "Property crime incidents: 4 Violent crime incidents: 6"));
    assertThat(valuesOf(groups, "incidents")).containsExactlyInAnyOrder(List.of(4.0), List.of(6.0));
    List<ClaimGroup> charges = new RuleClaimGrouper().group(
        claims("b", "He was charged with five counts of attempted murder and two counts of aggravated assault."));
    assertThat(charges).hasSize(2).noneMatch(ClaimGroup::disagreement);
  }

  @Test
  void aKindNamedOnOneSideOnly_isTheSameThing() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Police found five shooting victims on the porch."));
    all.addAll(claims("b", "Police found four victims on the porch."));
    assertThat(new RuleClaimGrouper().group(all)).singleElement().extracting(ClaimGroup::disagreement).isEqualTo(true);
  }

  @Test
  void peopleShotAndPeopleKilledByTheShots_mayDisagree() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "He is charged in the shootings of three people on Monday."));
    all.addAll(claims("b", "Police arrested a man who killed four people, including an unborn child."));
    all.addAll(claims("c", "Three people were shot at the house on Monday."));
    assertThat(new RuleClaimGrouper().group(all)).filteredOn(g -> g.thing().equals("people")).singleElement()
        .satisfies(g -> {
          assertThat(g.members()).hasSize(3);
          assertThat(g.disagreement()).isTrue();
        });
  }

  @Test
  void peopleKilledAndPeopleInjured_areNotOneFigure() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Two people were killed in the shooting."));
    all.addAll(claims("b", "Five people were wounded in the shooting."));
    assertThat(valuesOf(new RuleClaimGrouper().group(all), "people")).hasSize(2);
  }

  @Test
  void someOrMoreOfThingsCountedBefore_areNotTheirCount() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Four victims were taken to the hospital."));
    all.addAll(claims("b", "Two of the victims were taken to the hospital."));
    all.addAll(claims("c", "Three more victims were taken to the hospital."));
    assertThat(valuesOf(new RuleClaimGrouper().group(all), "victims"))
        .containsExactlyInAnyOrder(List.of(4.0), List.of(2.0), List.of(3.0));
  }
}
