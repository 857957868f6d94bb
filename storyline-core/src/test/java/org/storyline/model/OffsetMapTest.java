package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void toSource_dropsRemovedPrefix() {
    OffsetMap map = OffsetMap.builder(7).copy(3, 4).build();
    assertThat(map.toSource(Span.of(0, 4))).isEqualTo(Span.of(3, 7));
    assertThat(map.toSource(Span.of(1, 2))).isEqualTo(Span.of(4, 5));
  }

  @Test
  void toSource_insertedCharactersDoNotWidenSpans() {
    // "ab" + "\n\n" (inserted) + "cd", taken from "ab XXX cd"
    OffsetMap map = OffsetMap.builder(9).copy(0, 2).insert(2).copy(7, 2).build();
    assertThat(map.toSource(Span.of(0, 2))).isEqualTo(Span.of(0, 2));
    assertThat(map.toSource(Span.of(2, 4))).isEqualTo(Span.of(2, 2));
    assertThat(map.toSource(Span.of(4, 6))).isEqualTo(Span.of(7, 9));
    assertThat(map.toSource(Span.of(1, 5))).isEqualTo(Span.of(1, 8));
  }

  @Test
  void builder_rejectsOutOfOrderCopies() {
    assertThatThrownBy(() -> OffsetMap.builder(10).copy(5, 2).copy(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order");
  }

  @Test
  void andThen_composesTwoCleanings() {
    String source = "0123456789";
    // first: drop "0" and "9" -> "12345678"; then drop "45" -> "123678"
    OffsetMap first = OffsetMap.builder(10).copy(1, 8).build();
    OffsetMap second = OffsetMap.builder(8).copy(0, 3).copy(5, 3).build();
    OffsetMap both = second.andThen(first);
    String derived = "123678";
    for (int i = 0; i < derived.length(); i++) {
      assertThat(source.charAt(both.sourceStartOf(i))).isEqualTo(derived.charAt(i));
    }
  }

  @Property
  void everyCopiedCharacterMapsToItsSource(@ForAll("pieces") List<int[]> pieces) {
    String source = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(4);
    StringBuilder derived = new StringBuilder();
    OffsetMap.Builder b = OffsetMap.builder(source.length());
    int cursor = 0;
    boolean[] copied = new boolean[source.length() * 2];
    for (int[] piece : pieces) {
      int skip = piece[0];
      int len = piece[1];
      boolean insert = piece[2] == 1;
      if (insert) {
        derived.append("#".repeat(len));
        b.insert(len);
        continue;
      }
      int start = cursor + skip;
      if (start + len > source.length()) {
        break;
      }
      for (int i = 0; i < len; i++) {
        copied[derived.length() + i] = true;
      }
      derived.append(source, start, start + len);
      b.copy(start, len);
      cursor = start + len;
    }
    OffsetMap map = b.build();
    assertThat(map.derivedLength()).isEqualTo(derived.length());
    for (int i = 0; i < derived.length(); i++) {
      if (copied[i]) {
        assertThat(source.charAt(map.sourceStartOf(i))).isEqualTo(derived.charAt(i));
        assertThat(map.toSource(Span.of(i, i + 1)).of(source)).isEqualTo(String.valueOf(derived.charAt(i)));
      }
      Span s = map.toSource(Span.of(0, i));
      assertThat(s.end()).isLessThanOrEqualTo(source.length());
    }
    assertThat(OffsetMap.fromArray(map.toArray(), map.derivedLength(), map.sourceLength())).isEqualTo(map);
  }

  @Provide
  Arbitrary<List<int[]>> pieces() {
    Arbitrary<int[]> piece = Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 1))
        .as((skip, len, insert) -> new int[] {skip, len, insert});
    return piece.list().ofMaxSize(12);
  }
}
