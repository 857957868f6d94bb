package org.storyline.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/** Whatever the text, quote spans lie within it and never share a character, and the text's sentences change nothing. */
class QuotePropertiesTest {

  private final QuoteExtractor extractor = new RuleQuoteExtractor();

  @Property(tries = 500)
  void quoteSpans_areWithinTheText_andNeverOverlap(@ForAll("newsLike") String text) {
    List<Span> all = new ArrayList<>();
    for (Quote q : extractor.extract(text)) {
      for (Span part : q.content()) {
        assertThat(part.end()).isLessThanOrEqualTo(text.length());
        assertThat(part.isEmpty()).isFalse();
        all.add(part);
      }
      if (q.cue() != null) {
        assertThat(q.cue().end()).isLessThanOrEqualTo(text.length());
      }
      if (q.speaker() != null) {
        assertThat(q.speaker().mention().end()).isLessThanOrEqualTo(text.length());
        assertThat(q.speaker().antecedent().end()).isLessThanOrEqualTo(text.length());
      }
    }
    all.sort(null);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i - 1).end()).as("%s then %s", all.get(i - 1), all.get(i)).isLessThanOrEqualTo(all.get(i).start());
    }
  }

  @Property(tries = 500)
  void quotes_fromTheTextsSentences_areThoseOfTheTextAlone(@ForAll("newsLike") String text) {
    assertThat(extractor.extract(text, new RuleTokenizer().sentences(text))).isEqualTo(extractor.extract(text));
  }

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> piece = Arbitraries.of(
        "“", "”", "\"", "‘", "’", " ", " ", " ", ", ", ". ", "\n", "\n\n", ":", " — ", "(", ")",
        "said", "says", "told", "added", "according to", "saying", "that", "he", "she", "they", "the official",
        "Kirby", "John Kirby", "a senior administration official", "Kremlin spokesman Dmitry Peskov",
        "State Department officials", "We are ready", "the troops", "will", "not", "on Monday", "reporters",
        "'s", "n't", "U.S.", "the", "and", "but", "who", "with", "President", "Sen.", "?", "!", "―");
    return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }
}
