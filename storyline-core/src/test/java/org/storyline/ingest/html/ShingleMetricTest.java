package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  private static final double EPS = 1e-9;

  @Test
  void tokens_areUnicodeWordRuns() {
    assertThat(ShingleMetric.tokens("Don't stop—café 2,5 под_снегом 東京!"))
        .containsExactly("Don", "t", "stop", "café", "2", "5", "под_снегом", "東京");
  }

  @Test
  void shingles_areRunsOfFourTokens_aShortTextIsOneShingle_anEmptyTextNone() {
    assertThat(ShingleMetric.shingles("a b c d e a b c d"))
        .isEqualTo(Map.of("a b c d", 2, "b c d e", 1, "c d e a", 1, "d e a b", 1, "e a b c", 1));
    assertThat(ShingleMetric.shingles("hello, world")).isEqualTo(Map.of("hello world", 1));
    assertThat(ShingleMetric.shingles(" -- ")).isEmpty();
  }

  @Test
  void compare_handComputed() {
    // expected: (a b c d) (b c d e); extracted: (a b c d) (b c d x) -> tp 1, fp 1, fn 1, all 3
    ShingleMetric.Counts c = ShingleMetric.compare("a b c d x", "a b c d e");

    assertThat(c.tp()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(c.fp()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(c.fn()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(c.precision()).isCloseTo(0.5, within(EPS));
    assertThat(c.recall()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void compare_countsRepeatedShinglesAsAMultiset() {
    // expected has (a b c d) twice, extracted once: tp 1, fp 0, fn 1 + the 4 others
    ShingleMetric.Counts c = ShingleMetric.compare("a b c d", "a b c d e a b c d");

    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isCloseTo(1.0 / 6, within(EPS));
  }

  @Test
  void compare_shortTexts() {
    assertThat(ShingleMetric.compare("Hello world", "hello world").precision()).isZero(); // case matters
    ShingleMetric.Counts same = ShingleMetric.compare("Hello, world!", "Hello world");
    assertThat(same.precision()).isEqualTo(1.0);
    assertThat(same.recall()).isEqualTo(1.0);
  }

  @Test
  void compare_emptyCases() {
    ShingleMetric.Counts bothEmpty = ShingleMetric.compare("", "...");
    assertThat(bothEmpty).isEqualTo(new ShingleMetric.Counts(0, 0, 0));
    assertThat(bothEmpty.precision()).isEqualTo(1.0);
    assertThat(bothEmpty.recall()).isEqualTo(1.0);

    ShingleMetric.Counts nothingExtracted = ShingleMetric.compare("", "a b c d e");
    assertThat(nothingExtracted.precision()).isZero();
    assertThat(nothingExtracted.recall()).isZero();

    ShingleMetric.Counts nothingExpected = ShingleMetric.compare("a b c d e", "");
    assertThat(nothingExpected.precision()).isZero();
    assertThat(nothingExpected.recall()).isZero();
  }

  @Test
  void score_meansPerPage_f1OfTheMeans() {
    ShingleMetric.Counts perfect = ShingleMetric.compare("a b c d", "a b c d");
    ShingleMetric.Counts half = ShingleMetric.compare("a b c d", "a b c d e"); // P 1, R 0.5
    ShingleMetric.Score score = ShingleMetric.Score.of(List.of(perfect, half));

    assertThat(score.precision()).isCloseTo(1.0, within(EPS));
    assertThat(score.recall()).isCloseTo(0.75, within(EPS));
    assertThat(score.f1()).isCloseTo(2 * 0.75 / 1.75, within(EPS));
    assertThat(score.pages()).isEqualTo(2);
    assertThatThrownBy(() -> ShingleMetric.Score.of(List.of())).hasMessageContaining("no pages");
  }
}
