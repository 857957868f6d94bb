package org.storyline.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the name normalisers, whose hand-written loops stand in for regular expressions. */
class NamesPropertiesTest {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** What {@link Names#plain} computed with regular expressions before it was made a loop. */
  private static String plainByRegex(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = s.replace('-', ' ').replace('\'', ' ').replace('\u2019', ' ');
    s = NOT_WORD.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("aZé É-'’&.,;:!?()ß İı½Ⅻ\u00A0\u2003\t\n\u0301ﬁ3").ofMaxLength(20);
    return Arbitraries.oneOf(tricky, Arbitraries.strings().ofMaxLength(20), Arbitraries.strings().ascii().ofMaxLength(20));
  }

  @Property(tries = 2000)
  void plain_isWhatTheRegularExpressionsGave(@ForAll("names") String name) {
    assertThat(Names.plain(name)).isEqualTo(plainByRegex(name));
  }

  @Property(tries = 2000)
  void words_isASplitOnWhiteSpace(@ForAll("names") String name) {
    String s = name.strip();
    List<String> expected = s.isEmpty() ? List.of() : List.of(SPACES.split(s));
    assertThat(Names.words(name)).isEqualTo(expected);
  }

  @Property
  void plain_isIdempotent(@ForAll("names") String name) {
    assertThat(Names.plain(Names.plain(name))).isEqualTo(Names.plain(name));
  }
}
