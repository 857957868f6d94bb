package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;

class RememberingTokenizerTest {

  private static final String ONE = "Biden will speak with Putin on Tuesday. The call was announced on Saturday.";
  private static final String TWO = "The Pentagon placed 8,500 troops on alert.";
  private static final String THREE = "Talks resumed in Geneva.";

  /** Counts the texts that reach the rule tokenizer it wraps. */
  private static final class Counting implements Tokenizer {
    final List<String> asked = new ArrayList<>();

    @Override
    public List<Sentence> sentences(String text) {
      asked.add(text);
      return new RuleTokenizer().sentences(text);
    }
  }

  @Test
  void sentences_areTheWrappedTokenizers() {
    RememberingTokenizer remembering = new RememberingTokenizer(new Counting(), 4);

    assertThat(remembering.sentences(ONE)).isEqualTo(new RuleTokenizer().sentences(ONE)).hasSize(2);
  }

  @Test
  void sentences_ofAnEqualTextAgain_areNotSplitAgain() {
    Counting counting = new Counting();
    RememberingTokenizer remembering = new RememberingTokenizer(counting, 4);

    List<Sentence> first = remembering.sentences(ONE);
    List<Sentence> again = remembering.sentences(new String(ONE)); // equal, another instance: an article read back

    assertThat(again).isSameAs(first);
    assertThat(counting.asked).containsExactly(ONE);
  }

  @Test
  void sentences_beyondCapacity_dropTheLeastRecentlyUsed() {
    Counting counting = new Counting();
    RememberingTokenizer remembering = new RememberingTokenizer(counting, 2);

    remembering.sentences(ONE);
    remembering.sentences(TWO);
    remembering.sentences(ONE); // ONE used last: TWO is dropped for THREE
    remembering.sentences(THREE);
    remembering.sentences(ONE);
    remembering.sentences(TWO);

    assertThat(counting.asked).containsExactly(ONE, TWO, THREE, TWO);
  }

  @Test
  void sentences_cannotBeChangedByACaller() {
    RememberingTokenizer remembering = new RememberingTokenizer(new Counting(), 4);

    assertThatThrownBy(() -> remembering.sentences(TWO).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(remembering.sentences(TWO)).hasSize(1);
  }

  @Test
  void constructor_refusesAZeroCapacity() {
    assertThatThrownBy(() -> new RememberingTokenizer(new Counting(), 0)).hasMessageContaining("capacity");
  }
}
