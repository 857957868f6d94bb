package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesTest {

  @Test
  void shapes() {
    assertThat(Features.shortShape("Clinton")).isEqualTo("Xx");
    assertThat(Features.shortShape("U.S.")).isEqualTo("X.X.");
    assertThat(Features.shortShape("1996-08-22")).isEqualTo("d-d-d");
    assertThat(Features.shortShape("McDonald")).isEqualTo("XxXx");
    assertThat(Features.longShape("NATO")).isEqualTo("XXXX|4");
    assertThat(Features.longShape("Stoltenberg")).isEqualTo("Xxxx|xxl");
  }

  @Test
  void normalise_makesQuotesStraightAndDashesHyphens() {
    assertThat(Features.normalise("’s")).isEqualTo("'s");
    assertThat(Features.normalise("“")).isEqualTo("\"");
    assertThat(Features.normalise("—")).isEqualTo("-");
    assertThat(Features.normalise("Kyiv")).isSameAs("Kyiv");
    assertThat(Features.lowerDigits("G7-2021")).isEqualTo("g0-0000");
  }

  @Test
  void doc_findsHeadlinesAndLowerCaseUses() {
    Features.Doc d = new Features.Doc(List.of(
        List.of("RUSSIA", "WARNS", "NATO"),
        List.of("Talks", "may", "help", ",", "officials", "said", "."),
        List.of("The", "Talks", "went", "on", "in", "Geneva", ".")));
    assertThat(d.capsSentence).containsExactly(true, false, false);
    assertThat(d.lowerCount).containsKey("may");
    assertThat(d.capNonInitialCount).containsEntry("talks", 1).containsEntry("geneva", 1);
  }

  @Test
  void staticRows_areDeterministicAndInRange() {
    Features f = new Features(12);
    Features.Doc d = new Features.Doc(List.of(List.of("Ned", "Price", "said", "so", ".")));
    int[] a = new int[Features.MAX_STATIC];
    int[] b = new int[Features.MAX_STATIC];
    int n = f.staticRows(d, 0, 1, a);
    assertThat(f.staticRows(d, 0, 1, b)).isEqualTo(n);
    assertThat(Arrays.copyOf(a, n)).isEqualTo(Arrays.copyOf(b, n));
    assertThat(Arrays.stream(a, 0, n)).allMatch(r -> r >= 0 && r < f.rows());
    int[] other = new int[Features.MAX_STATIC];
    int m = f.staticRows(d, 0, 2, other);
    assertThat(Arrays.copyOf(other, m)).isNotEqualTo(Arrays.copyOf(a, n));
  }

  @Test
  void firstNames_areMatchedWhenCapitalised() {
    assertThat(FirstNames.contains("Ned")).isTrue();
    assertThat(FirstNames.contains("ned")).isFalse();
    assertThat(FirstNames.contains("Kremlin")).isFalse();
  }
}
