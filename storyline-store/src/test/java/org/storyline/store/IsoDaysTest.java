package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The hand-read day agrees with {@link LocalDate#parse}: the same day, or the same refusal. */
class IsoDaysTest {

  @Property
  void everyWrittenDay_readsBackTheSame(@ForAll @IntRange(min = -200_000, max = 3_000_000) int epochDay) {
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    assertThat(IsoDays.parse(day.toString())).isEqualTo(day);
  }

  @Property
  void anyOtherText_isAnsweredAsTheParserAnswersIt(@ForAll @StringLength(max = 12) String text) {
    String dayLike = text.length() >= 10 ? text.substring(0, 4) + "-" + text.substring(5, 7) + "-" + text.substring(8) : text;
    for (String t : new String[] {text, dayLike, "2022-02-30", "2021-13-01", "2021-00-10", "0000-01-01"}) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(t);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> IsoDays.parse(t)).isInstanceOf(DateTimeException.class);
        continue;
      }
      assertThat(IsoDays.parse(t)).isEqualTo(expected);
    }
  }
}
