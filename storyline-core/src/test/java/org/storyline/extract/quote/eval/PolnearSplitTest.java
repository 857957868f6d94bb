package org.storyline.extract.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fixed split of PolNeAR articles: untouched, pool and folds, by the name alone. */
class PolnearSplitTest {

  private static final List<String> NAMES = IntStream.range(0, 2000).mapToObj(i -> "publisher_2016-01-01_article-" + i).toList();

  @Test
  void bucket_isTheCrc32OfTheName_modulo100() {
    // CRC-32 values checked with Python's zlib.crc32: the split must not change between runs or machines
    assertThat(PolnearSplit.bucket("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie")).isEqualTo(2);
    assertThat(PolnearSplit.untouched("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie")).isTrue();
    assertThat(PolnearSplit.bucket("politico_2016-01-29_clinton-camp-plans-to-roll-out-w")).isEqualTo(81);
    assertThat(PolnearSplit.fold("politico_2016-01-29_clinton-camp-plans-to-roll-out-w")).isEqualTo(1);
  }

  @Test
  void split_keepsAboutAFifthUntouched() {
    long untouched = NAMES.stream().filter(PolnearSplit::untouched).count();
    assertThat(untouched).isBetween(340L, 460L);
  }

  @Test
  void pool_andUntouched_partitionTheArticles_andTheFoldsPartitionThePool() {
    Predicate<String> pool = PolnearSplit.select(PolnearSplit.Part.POOL, List.of());
    Predicate<String> untouched = PolnearSplit.select(PolnearSplit.Part.UNTOUCHED, List.of());
    for (String name : NAMES) {
      assertThat(pool.test(name)).isNotEqualTo(untouched.test(name));
      long folds = IntStream.range(0, PolnearSplit.FOLDS)
          .filter(f -> PolnearSplit.select(PolnearSplit.Part.POOL, List.of(f)).test(name)).count();
      assertThat(folds).isEqualTo(pool.test(name) ? 1 : 0);
    }
    assertThat(PolnearSplit.select(PolnearSplit.Part.POOL, List.of(0, 1, 2, 3, 4)).test("x")).isEqualTo(pool.test("x"));
  }

  @Test
  void folds_outsideThePool_orOutOfRange_areRejected() {
    assertThatThrownBy(() -> PolnearSplit.select(PolnearSplit.Part.UNTOUCHED, List.of(1)))
        .hasMessageContaining("within the pool only");
    assertThatThrownBy(() -> PolnearSplit.select(PolnearSplit.Part.POOL, List.of(5))).hasMessageContaining("0 to 4");
  }
}
