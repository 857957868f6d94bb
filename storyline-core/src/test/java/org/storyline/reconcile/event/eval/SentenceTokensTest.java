package org.storyline.reconcile.event.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class SentenceTokensTest {

  @Test
  void of_splitsPunctuationOffButKeepsAbbreviations() {
    String line = "\"We won,\" said the U.S. coach (Smith).";
    SentenceTokens t = SentenceTokens.of(line, 0, line.length());
    assertThat(t.words()).containsExactly("\"", "We", "won", ",", "\"", "said", "the", "U.S.", "coach", "(", "Smith", ")", ".");
    assertThat(t.tokensOf(new Span(4, 7))).isEqualTo(new Span(2, 3));
    assertThat(t.tokensOf(new Span(1, 7))).isEqualTo(new Span(1, 3));
  }

  /** Tokens cover every non-space character once, in order, each its own text. */
  @Property
  void of_tokensTileTheNonSpaceCharacters(@ForAll @StringLength(max = 60) String raw) {
    String line = raw.replaceAll("[\\r\\n]", " ");
    SentenceTokens t = SentenceTokens.of(line, 0, line.length());
    List<Span> spans = t.spans();
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      assertThat(s.isEmpty()).isFalse();
      assertThat(t.words().get(i)).isEqualTo(s.of(line));
      if (i > 0) {
        assertThat(s.start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
      }
      joined.append(t.words().get(i));
    }
    StringBuilder nonSpace = new StringBuilder();
    line.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> nonSpace.append((char) c));
    assertThat(joined.toString()).isEqualTo(nonSpace.toString());
  }
}
