package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Dates#parse}: the day a page's or a feed's metadata means, in the forms they write it. */
class DatesTest {

  @Test
  void readsTheFormsPagesWrite() {
    LocalDate nov19 = LocalDate.of(2019, 11, 19);
    for (String written : new String[] {"2019-11-19", "2019-11-19T23:41:00Z", "2019-11-19T23:41:00-05:00",
        "Tue, 19 Nov 2019 23:41:00 GMT", "2019-11-19 02:24:00 UTC", "2019-11-19 17:19:53 GMT",
        "Tue Nov 19 2019 08:41:00 GMT+0000 (UTC)", "Tue Nov 19 2019 05:44:06 GMT+0000", "November 19, 2019, 07:47 PM EST",
        "November 19, 2019 13:42", "Nov. 19, 2019", "19 November 2019", "Tuesday, 19 Nov 2019 10:15", "Sept 19 2019"}) {
      LocalDate expected = written.startsWith("Sept") ? LocalDate.of(2019, 9, 19) : nov19;
      assertThat(Dates.parse(written)).as(written).contains(expected);
    }
  }

  @Test
  void leavesImpossibleAndUnknownFormsUnread() {
    for (String written : new String[] {"2021-02-30", "2021-02-30 10:00:00 UTC", "November 31, 2019", "soon", "19/11/2019",
        "Updated 3 hours ago", "November 2019", "2019", "Movember 19, 2019", "May 19, 20190"}) {
      assertThat(Dates.parse(written)).as(written).isEmpty();
    }
  }

  /** Every day, in each form a page may write it, reads as that day, whatever the time and zone after it. */
  @Property
  void everyDay_readsAsWritten(@ForAll("days") LocalDate day, @ForAll @IntRange(max = 23) int hour,
      @ForAll @IntRange(max = 59) int minute, @ForAll("forms") String form) {
    String written = day.atTime(hour, minute).atOffset(ZoneOffset.ofHours(-5))
        .format(DateTimeFormatter.ofPattern(form, Locale.ENGLISH));
    assertThat(Dates.parse(written)).as(written).contains(day);
  }

  /** Nothing a field may hold makes the reader fail: a day, or none. */
  @Property
  void anyText_givesADayOrNone(@ForAll String text) {
    Optional<LocalDate> day = Dates.parse(text);
    assertThat(day).isNotNull();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 300).map(n -> LocalDate.of(1850, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<String> forms() {
    return Arbitraries.of("yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd'T'HH:mm", "EEE MMM dd yyyy HH:mm:ss 'GMT'Z '(EST)'",
        "MMMM d, yyyy, hh:mm a 'EST'", "MMMM d, yyyy HH:mm", "MMM. d, yyyy", "d MMMM yyyy", "EEEE, d MMM yyyy HH:mm",
        "EEE, d MMM yyyy HH:mm:ss 'GMT'", "MMM d yyyy");
  }
}
