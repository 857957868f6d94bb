package org.storyline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The primitive-array table answers as the map it was built from would. */
class KeyTablePropertiesTest {

  @Provide
  Arbitrary<Set<String>> keys() {
    // few letters, so that keys share prefixes and collide in their slots
    return Arbitraries.strings().withChars("ab é").ofMinLength(0).ofMaxLength(6).set().ofMaxSize(300);
  }

  @Property
  void find_givesEachKeysRow_andMissesEveryOtherString(@ForAll("keys") Set<String> keys, @ForAll("keys") Set<String> probes) {
    Map<String, int[]> map = new HashMap<>();
    int n = 0;
    for (String key : keys) {
      map.put(key, new int[] {n, -n, n * 7});
      n++;
    }
    KeyTable table = KeyTable.of(map, 3);
    assertThat(table.size()).isEqualTo(keys.size());
    for (String key : keys) {
      int k = table.find(new StringBuilder(key)); // any CharSequence, as the tagger probes with a builder
      assertThat(k).isGreaterThanOrEqualTo(0);
      assertThat(table.key(k)).isEqualTo(key);
      assertThat(table.row(k)).containsExactly(map.get(key));
      assertThat(table.value(k, 2)).isEqualTo(map.get(key)[2]);
    }
    for (String probe : probes) {
      assertThat(table.contains(probe)).isEqualTo(keys.contains(probe));
    }
  }

  @Property
  void keysAreNumberedInSortedOrder(@ForAll("keys") Set<String> keys) {
    KeyTable table = KeyTable.set(keys);
    List<String> listed = new ArrayList<>();
    for (int k = 0; k < table.size(); k++) {
      listed.add(table.key(k));
    }
    assertThat(listed).isSorted().containsExactlyInAnyOrderElementsOf(keys);
  }

  @Example
  void aRowOfTheWrongWidth_isRefusedNamingTheKey() {
    assertThatThrownBy(() -> KeyTable.of(Map.of("kyiv", new int[2]), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kyiv");
  }

  @Example
  void keysOutOfOrder_orTwice_areRefusedBySorted() {
    int[][] rows = {new int[0], new int[0]};
    assertThatThrownBy(() -> KeyTable.ofSorted(new String[] {"oslo", "kyiv"}, rows, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oslo before kyiv");
    assertThatThrownBy(() -> KeyTable.ofSorted(new String[] {"kyiv", "kyiv"}, rows, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void theEmptyTable_findsNothing() {
    assertThat(KeyTable.EMPTY.find("")).isEqualTo(-1);
    assertThat(KeyTable.EMPTY.size()).isZero();
  }
}
