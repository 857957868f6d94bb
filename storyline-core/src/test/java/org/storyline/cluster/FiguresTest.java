package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which numbers of a text count as its figures, and that equal figures get equal codes. */
class FiguresTest {

  @Test
  void scoresTollsMagnitudesAndYears_areFigures() {
    assertThat(t("Colts win 31-24; a 6.1 quake killed 1,000 in 2008")).hasSize(5);
  }

  @Test
  void thousandsSeparators_doNotMatter() {
    assertThat(t("1,000 dead")).isEqualTo(t("1000 dead"));
  }

  @Test
  void loneDigitsClockTimesAndNumbersInWords_areLeftOut() {
    assertThat(t("5 shot at 10:30 in the 1950s aboard MV23 and 3rd")).isEmpty();
  }

  @Test
  void aFigureNamedTwice_countsOnce() {
    assertThat(t("23 pirates; the 23 were held")).hasSize(1);
  }

  @Test
  void onlyTheSpanIsRead() {
    String s = "magnitude 7.0 then 6.1";
    assertThat(Figures.in(s, 0, s.indexOf(" then"))).isEqualTo(t("7.0"));
  }

  @Test
  void codes_areSortedAndNotNegative() {
    int[] codes = t("12 34 56 78 90 1.5 2.75 300 4000 55555");
    assertThat(codes).hasSize(10).isSorted();
    assertThat(java.util.Arrays.stream(codes).min().getAsInt()).isNotNegative();
  }

  private static int[] t(String s) {
    return Figures.in(s, 0, s.length());
  }
}
