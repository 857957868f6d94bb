package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TempEvalScorerTest {

  private static final String TEXT = "On Monday officials met; last week and early 2022 and for three years now.";

  private static Timex t(String text, TimexType type, String value) {
    int s = TEXT.indexOf(text);
    return new Timex(Span.of(s, s + text.length()), type, TimexValue.parse(value), null, text);
  }

  @Test
  void score_handMadePair_givesKnownFigures() {
    List<Timex> gold = List.of(
        t("Monday", TimexType.DATE, "2022-01-24"),
        t("last week", TimexType.DATE, "2022-W03"),
        t("early 2022", TimexType.DATE, "2022"),
        t("three years", TimexType.DURATION, "P3Y"));
    List<Timex> system = List.of(
        t("On Monday", TimexType.DATE, "2022-01-24"),   // relaxed only, right value
        t("last week", TimexType.DATE, "2022-W04"),     // strict, wrong value
        t("2022", TimexType.DATE, "2022"),              // relaxed only, right value
        t("now", TimexType.DATE, "PRESENT_REF"),        // spurious
        t("three years", TimexType.DATE, "P3Y"));       // strict, wrong type, right value
    TempEvalCounts c = TempEvalScorer.score(gold, system);
    assertThat(c).isEqualTo(new TempEvalCounts(4, 5, 2, 4, 3, 3));
    assertThat(c.strictPrecision()).isCloseTo(0.4, within(1e-9));
    assertThat(c.strictRecall()).isCloseTo(0.5, within(1e-9));
    assertThat(c.strictF1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-9));
    assertThat(c.relaxedPrecision()).isCloseTo(0.8, within(1e-9));
    assertThat(c.relaxedRecall()).isCloseTo(1.0, within(1e-9));
    assertThat(c.relaxedF1()).isCloseTo(2 * 0.8 / 1.8, within(1e-9));
    assertThat(c.valueF1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-9));
    assertThat(c.typeF1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-9));
  }

  @Test
  void score_twoSystemSpansOnOneGold_matchOnlyOnce() {
    List<Timex> gold = List.of(t("early 2022", TimexType.DATE, "2022"));
    List<Timex> system = List.of(t("early", TimexType.DATE, "2022"), t("2022", TimexType.DATE, "2022"));
    TempEvalCounts c = TempEvalScorer.score(gold, system);
    assertThat(c.relaxed()).isEqualTo(1);
    assertThat(c.relaxedPrecision()).isEqualTo(0.5);
  }

  @Test
  void plus_addsFieldByField() {
    TempEvalCounts a = new TempEvalCounts(1, 2, 3, 4, 5, 6);
    assertThat(a.plus(a)).isEqualTo(new TempEvalCounts(2, 4, 6, 8, 10, 12));
    assertThat(TempEvalCounts.ZERO.valueF1()).isZero();
  }
}
