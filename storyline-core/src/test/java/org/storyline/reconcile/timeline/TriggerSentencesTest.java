package org.storyline.reconcile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.model.Span;

/** {@link TriggerSentences} finds a trigger's sentence by binary search as the scan over every sentence it replaced did. */
class TriggerSentencesTest {

  private static final List<String> PIECES = List.of("Talks", "were", "held", "Monday", ".", "!", "?", "\n\n", " ", "  ",
      "Mr.", "Biden", ",", "\"", "U.S.", "said", "today", "3.5", "(", ")", "—");

  @Property(tries = 500)
  void holding_isTheFirstSentenceHoldingTheSpan(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 20) Integer> pieces,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 400) Integer> ends) {
    StringBuilder text = new StringBuilder();
    for (int p : pieces) {
      text.append(PIECES.get(p)).append(p % 3 == 0 ? "" : " ");
    }
    List<Sentence> sentences = new RuleTokenizer().sentences(text.toString());
    int[] starts = TriggerSentences.starts(sentences);
    for (int k = 0; k + 1 < ends.size(); k += 2) { // spans of the text, empty ones too
      int a = Math.min(ends.get(k), ends.get(k + 1)) % (text.length() + 1);
      int b = Math.min(text.length(), a + Math.abs(ends.get(k) - ends.get(k + 1)) % 12);
      Span trigger = Span.of(a, b);
      assertThat(TriggerSentences.holding(sentences, starts, trigger)).as(trigger + " in '" + text + "'")
          .isEqualTo(scanned(sentences, trigger));
    }
    for (Sentence s : sentences) { // and every token
      s.tokens().forEach(t -> assertThat(TriggerSentences.holding(sentences, starts, t.span())).isEqualTo(scanned(sentences, t.span())));
    }
  }

  /** The former look-up: the first sentence, in order, that holds the trigger. */
  private static int scanned(List<Sentence> sentences, Span trigger) {
    for (int k = 0; k < sentences.size(); k++) {
      Span s = sentences.get(k).span();
      if (s.start() <= trigger.start() && trigger.end() <= s.end()) {
        return k;
      }
    }
    return -1;
  }
}
