package org.storyline.reconcile.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.reconcile.claim.RuleClaimGrouperTest.claims;
import static org.storyline.reconcile.claim.RuleClaimGrouperTest.id;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimValuesTest {

  private static ClaimGroup group(List<SourcedClaim> claims) {
    List<ClaimGroup> groups = new RuleClaimGrouper().group(claims);
    assertThat(groups).hasSize(1);
    return groups.get(0);
  }

  @Test
  void aValueRepeatedByOneArticle_isOneSourceCountedTwice() {
    // a gallery page repeats its caption: one article, one value, two claims
    List<SourcedClaim> all = new ArrayList<>(claims("a", "The city has 100,000 residents. The city has 100,000 residents."));
    all.addAll(claims("b", "The city has 100,000 residents."));
    ClaimValues v = ClaimValues.of(group(all));
    assertThat(v.claims()).isEqualTo(3);
    assertThat(v.articles()).isEqualTo(2);
    assertThat(v.values()).singleElement().satisfies(value -> {
      assertThat(value.text()).isEqualTo("100,000");
      assertThat(value.claims()).isEqualTo(3);
      assertThat(value.sources()).extracting(ClaimValues.Source::article).containsExactly(id("a"), id("b"));
      assertThat(value.sources()).extracting(ClaimValues.Source::times).containsExactly(2, 1);
    });
  }

  @Test
  void aDisagreement_listsFirstTheTwoValuesThatShowIt() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Russia has approximately 100,000 troops near Ukraine."));
    all.addAll(claims("b", "Russia has approximately 100,000 troops near Ukraine."));
    all.addAll(claims("c", "Russia has an estimated 94,300 troops near Ukraine."));
    all.addAll(claims("d", "Russia has deployed more than 127,000 troops near Ukraine."));
    ClaimGroup g = group(all);
    assertThat(g.disagreement()).isTrue();
    ClaimValues v = ClaimValues.of(g);
    // 94,300 allows at most 103,730, the lowest ceiling; "more than 127,000" the highest floor
    assertThat(v.values()).extracting(ClaimValues.Value::text)
        .containsExactly("estimated 94,300", "more than 127,000", "approximately 100,000");
    assertThat(v.values().get(1).high()).isInfinite();
  }

  @Test
  void aDisagreement_isShownByTheMostPreciseValues() {
    // "tens of thousands" allows the lowest ceiling, but "estimated 94,300" shows the disagreement better
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Russia has tens of thousands of troops near Ukraine."));
    all.addAll(claims("c", "Russia has an estimated 94,300 troops near Ukraine."));
    all.addAll(claims("d", "Russia has deployed more than 127,000 troops near Ukraine."));
    ClaimGroup g = group(all);
    assertThat(g.disagreement()).isTrue();
    assertThat(ClaimValues.of(g).values()).extracting(ClaimValues.Value::text)
        .startsWith("estimated 94,300", "more than 127,000");
  }

  @Test
  void agreeingValues_comeMostArticlesFirst() {
    List<SourcedClaim> all = new ArrayList<>(claims("a", "Russia has approximately 100,000 troops near Ukraine."));
    all.addAll(claims("b", "Russia has 95,000 troops near Ukraine."));
    all.addAll(claims("c", "Russia has 95,000 troops near Ukraine."));
    ClaimGroup g = group(all);
    assertThat(g.disagreement()).isFalse();
    assertThat(ClaimValues.of(g).values()).extracting(ClaimValues.Value::text).containsExactly("95,000", "approximately 100,000");
  }

  @Test
  void first_boundsValuesAndSources_andKeepsTheWholeCounts() {
    List<SourcedClaim> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.addAll(claims("x" + i, "The city has 100,000 residents."));
    }
    all.addAll(claims("y", "The city has 90,000 residents."));
    all.addAll(claims("z", "The city has 80,000 residents."));
    ClaimValues whole = ClaimValues.of(group(all));
    // they disagree: 80,000 (the lowest ceiling) and 100,000 (the highest floor) first
    assertThat(whole.values()).extracting(ClaimValues.Value::text).containsExactly("80,000", "100,000", "90,000");
    ClaimValues page = whole.first(2, 3);
    assertThat(page.values()).hasSize(2);
    assertThat(page.moreValues()).isEqualTo(1);
    assertThat(page.distinct()).isEqualTo(3);
    assertThat(page.claims()).isEqualTo(8);
    assertThat(page.articles()).isEqualTo(8);
    ClaimValues.Value first = page.values().get(1);
    assertThat(first.sources()).hasSize(3);
    assertThat(first.articles()).isEqualTo(6);
    assertThat(first.moreSources()).isEqualTo(3);
    assertThat(whole.moreValues()).isZero();
  }
}
