package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class SourcedSentenceTest {

  private static SourcedSentence of(String text) {
    return new SourcedSentence(text, "a1", null, LocalDate.of(2022, 1, 24), Span.of(10, 10 + text.length()));
  }

  @Test
  void asShown_endsASentenceCutAtAClauseInAnEllipsis() {
    assertThat(of("The talks follow a phone call").asShown()).isEqualTo("The talks follow a phone call …");
  }

  @Test
  void asShown_leavesAWholeSentenceAsWritten() {
    assertThat(of("The talks ended.").asShown()).isEqualTo("The talks ended.");
    assertThat(of("“We will talk,” he said.”").asShown()).endsWith(".”");
    assertThat(of("Will they talk?").asShown()).isEqualTo("Will they talk?");
  }
}
