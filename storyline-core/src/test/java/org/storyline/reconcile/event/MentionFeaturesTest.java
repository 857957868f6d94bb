package org.storyline.reconcile.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MentionFeaturesTest {

  /** A participant's words found by hand are the non-empty pieces of its split at {@code \s+}. */
  @Property
  void nextWordAndWordEnd_giveTheWordsOfTheRegexSplit(@ForAll("participants") String p) {
    List<String> byHand = new ArrayList<>();
    for (int from = MentionFeatures.nextWord(p, 0); from < p.length(); ) {
      int to = MentionFeatures.wordEnd(p, from);
      byHand.add(p.substring(from, to));
      from = MentionFeatures.nextWord(p, to);
    }
    assertThat(byHand).isEqualTo(Arrays.stream(p.split("\\s+")).filter(w -> !w.isEmpty()).toList());
  }

  /** Words and every kind of white space, the regex's and others (no-break space, line separator). */
  @Provide
  Arbitrary<String> participants() {
    return Arbitraries.strings().withChars("aB. \t\n\u000b\f\r\u00a0\u2028\u001c").ofMaxLength(12);
  }
}
