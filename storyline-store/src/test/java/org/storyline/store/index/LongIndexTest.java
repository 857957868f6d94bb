package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** {@link LongIndex} numbers keys as a map of first sight would. */
class LongIndexTest {

  @Property
  void numbersEachDistinctKey_inOrderOfFirstSight(@ForAll List<Long> keys) {
    check(keys);
  }

  @Property
  void numbersRepeatedSmallKeys_zeroAmongThem(@ForAll List<@LongRange(min = -40, max = 40) Long> keys) {
    check(keys);
  }

  private static void check(List<Long> keys) {
    LongIndex index = new LongIndex();
    Map<Long, Integer> expected = new HashMap<>();
    for (long k : keys) {
      int n = expected.computeIfAbsent(k, x -> expected.size());
      assertThat(index.indexOf(k)).as("key %d", k).isEqualTo(n);
    }
    assertThat(index.size()).isEqualTo(expected.size());
  }
}
