package org.storyline.reconcile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.storyline.extract.event.EventTime.Precision;
import org.storyline.reconcile.timeline.TimelineEvent.Dated;

/** {@link Dated}'s written-out equality and hash are those a record of its parts gets (so maps of dates iterate as before). */
class DatedTest {

  private record Plain(LocalDate first, LocalDate last, Precision precision) {}

  @Property(tries = 300)
  void equalsAndHashCode_areTheRecords(@ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 5) int length,
      @ForAll @IntRange(min = 0, max = 40) int b, @ForAll @IntRange(min = 0, max = 5) int otherLength,
      @ForAll boolean month, @ForAll boolean otherMonth) {
    LocalDate day = LocalDate.of(2022, 1, 1);
    Dated x = new Dated(day.plusDays(a), day.plusDays(a + length), month ? Precision.MONTH : Precision.DAY);
    Dated y = new Dated(day.plusDays(b), day.plusDays(b + otherLength), otherMonth ? Precision.MONTH : Precision.DAY);
    Plain px = new Plain(x.first(), x.last(), x.precision());
    Plain py = new Plain(y.first(), y.last(), y.precision());
    assertThat(x.hashCode()).isEqualTo(px.hashCode());
    assertThat(x.equals(y)).isEqualTo(px.equals(py));
    assertThat(x).isEqualTo(new Dated(x.first(), x.last(), x.precision())).isNotEqualTo(px);
  }
}
