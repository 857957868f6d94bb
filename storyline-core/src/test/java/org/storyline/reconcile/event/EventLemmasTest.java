package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EventLemmasTest {

  @Test
  void key_joinsInflectedForms() {
    assertThat(EventLemmas.key("attacked")).isEqualTo(EventLemmas.key("attack")).isEqualTo(EventLemmas.key("Attacks"));
    assertThat(EventLemmas.key("made")).isEqualTo(EventLemmas.key("making")).isEqualTo(EventLemmas.key("make"));
    assertThat(EventLemmas.key("stopped")).isEqualTo(EventLemmas.key("stop"));
    assertThat(EventLemmas.key("announced")).isEqualTo(EventLemmas.key("announce"));
    assertThat(EventLemmas.key("said")).isEqualTo(EventLemmas.key("says")).isEqualTo(EventLemmas.key("say"));
    assertThat(EventLemmas.key("killed")).isEqualTo("kill");
    assertThat(EventLemmas.key("attack")).isNotEqualTo(EventLemmas.key("assault"));
  }

  @Test
  void head_isTheVerbOfAPhrasalTriggerAndTheLastNounOfANounPhrase() {
    assertThat(EventLemmas.head(List.of("gunned", "down"))).isEqualTo("gunned");
    assertThat(EventLemmas.head(List.of("take", "over"))).isEqualTo("take");
    assertThat(EventLemmas.head(List.of("opened", "fire"))).isEqualTo("fire");
    assertThat(EventLemmas.head(List.of("Academy", "Awards", "ceremony"))).isEqualTo("ceremony");
    assertThat(EventLemmas.head(List.of("under", "the", "operational", "control"))).isEqualTo("control");
    assertThatThrownBy(() -> EventLemmas.head(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void derivation_joinsNounsToTheirVerbs() {
    assertThat(EventLemmas.derivation(EventLemmas.key("announcement"))).isEqualTo(EventLemmas.key("announce"));
    assertThat(EventLemmas.derivation(EventLemmas.key("nomination"))).isEqualTo(EventLemmas.derivation(EventLemmas.key("nominate")));
  }

  @Test
  void lexicon_relatesParaphrasesButNotAWordToItself() {
    assertThat(EventLexicon.related(EventLemmas.key("attacked"), EventLemmas.key("assault"))).isTrue();
    assertThat(EventLexicon.related(EventLemmas.key("arrested"), EventLemmas.key("detained"))).isTrue();
    assertThat(EventLexicon.related(EventLemmas.key("attack"), EventLemmas.key("attack"))).isFalse();
    assertThat(EventLexicon.related(EventLemmas.key("attack"), EventLemmas.key("wedding"))).isFalse();
  }

  /** A regular verb's -ed, -ing and -s forms share its key. */
  @Property
  void key_ofRegularInflections_isTheBase(@ForAll("regular") String verb) {
    Assume.that(EventLemmas.key(verb).equals(verb));
    assertThat(EventLemmas.key(verb + "ed")).isEqualTo(verb);
    assertThat(EventLemmas.key(verb + "ing")).isEqualTo(verb);
    assertThat(EventLemmas.key(verb + "s")).isEqualTo(verb);
  }

  /** Any text, surrogate pairs and lone surrogates, marks, digits of other scripts and punctuation included. */
  @Property
  void lettersAndNumbers_removesWhatThePatternRemoves(@ForAll("anyText") String text) {
    assertThat(EventLemmas.lettersAndNumbers(text)).isEqualTo(text.replaceAll("[^\\p{L}\\p{N}]", ""));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("aZ9é'’-.\u0301\u00B2\u2163\u0663\uD835\uDC00\uD800 ").ofMaxLength(12));
  }

  /** Words of four or more letters, then a vowel and k, l or t (no doubling, no -e, -s or -y ending). */
  @Provide
  Arbitrary<String> regular() {
    Arbitrary<String> stem = Arbitraries.strings().withChars("bcdfghjklmnprstvwz").ofMinLength(2).ofMaxLength(6)
        .flatMap(c -> Arbitraries.strings().withChars("aiou").ofLength(2).map(v -> v.charAt(0) + c + v.charAt(1)));
    return stem.flatMap(s -> Arbitraries.of("k", "l", "t").map(end -> s + end));
  }
}
