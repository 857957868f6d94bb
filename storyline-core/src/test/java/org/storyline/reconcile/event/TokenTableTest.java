package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenTableTest {

  /** Finds what was added, with its ints, through many growths; finds nothing else (equal hashes included). */
  @Test
  void find_givesTheIntsAdded_likeAHashMap() {
    Random random = new Random(9);
    TokenTable table = new TokenTable(3);
    Map<String, int[]> expected = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      String token = random.nextInt(10) == 0 ? collidingWord(random) : word(random);
      int slot = table.find(token);
      assertThat(slot >= 0).as(token).isEqualTo(expected.containsKey(token));
      if (slot < 0) {
        int[] ints = {random.nextInt(), -1, i};
        slot = table.add(token, ints);
        expected.put(token, ints);
      }
      int[] ints = expected.get(token);
      assertThat(new int[] {table.value(slot, 0), table.value(slot, 1), table.value(slot, 2)}).isEqualTo(ints);
    }
    assertThat(table.size()).isEqualTo(expected.size());
    expected.forEach((token, ints) -> assertThat(table.value(table.find(token), 2)).isEqualTo(ints[2]));
  }

  @Test
  void add_refusesATokenHeldAlready() {
    TokenTable table = new TokenTable(1);
    table.add("police", new int[] {1});
    assertThatThrownBy(() -> table.add("police", new int[] {2})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.add("x", new int[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
  }

  /** Short words of a few letters, some not Latin-1, some empty. */
  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(7);
    for (int i = 0; i < length; i++) {
      String letters = "aBcdé\u4e2d.,0";
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }

  /** "Aa" and "BB" hash alike: words of these pairs share hashes without being equal. */
  private static String collidingWord(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      b.append(random.nextBoolean() ? "Aa" : "BB");
    }
    return b.toString();
  }
}
