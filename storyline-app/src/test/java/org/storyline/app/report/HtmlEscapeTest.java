package org.storyline.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;

/** HTML escaping: each of the five characters as its entity, everything else as it is. */
class HtmlEscapeTest {

  @Property
  void escape_replacesEachSpecialCharacter(@ForAll @Chars({'<', '>', '&', '"', '\'', 'a', ' ', 'ü', ';'}) String s) {
    String expected = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    assertThat(HtmlReport.escape(s)).isEqualTo(expected);
  }
}
