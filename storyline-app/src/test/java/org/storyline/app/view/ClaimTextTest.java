package org.storyline.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Counts grouped by hand as {@code %,d} groups them. */
class ClaimTextTest {

  @Property
  void grouped_writesWhatAFormatStringWrites(@ForAll int n) {
    assertThat(ClaimText.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }
}
