package org.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RougeTest {

  /** Stems as ROUGE-1.5.5's Perl stemmer gives them (read from the reference scorer's port). */
  @Test
  void stem_matchesRougesPorter() {
    String[][] cases = {{"running", "run"}, {"generalizations", "gener"}, {"hopping", "hop"}, {"caresses", "caress"},
        {"ponies", "poni"}, {"relational", "relat"}, {"conditional", "condit"}, {"agreed", "agre"}, {"happy", "happi"},
        {"effective", "effect"}, {"adjustment", "adjust"}, {"dependent", "depend"}, {"adoption", "adopt"},
        {"rate", "rate"}, {"cease", "ceas"}, {"yearly", "yearli"}};
    for (String[] c : cases) {
      assertEquals(c[1], RougeStemmer.stem(c[0]), c[0]);
    }
  }

  @Test
  void tokens_followRougeRules() {
    assertEquals(List.of("led", "coalit", "4", "000", "troop", "circ", "run", "ran"),
        Rouge.instance().tokens(List.of("The U.S.-led coalition's 4,000 troops <b>x</b>", "was ^ running and ran")));
  }

  @Property
  void stem_neverLengthens(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    assertTrue(RougeStemmer.stem(w).length() <= w.length(), w + " -> " + RougeStemmer.stem(w));
  }

  @Test
  void counts_clipHits() {
    Rouge.Counts c = Rouge.instance().counts(List.of("troops troops troops"), List.of("troops"), 1);
    assertEquals(new Rouge.Counts(1, 3, 1), c);
  }
}
