package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.storyline.model.Article;
import org.storyline.model.RemovalReason;

/** Puts one line between two sentences of article text, cleans, and says what became of it. */
final class RuleCases {

  static final String BEFORE = "Officials met in Geneva on Monday to discuss the crisis.";
  static final String AFTER = "The talks are expected to resume next week, a spokesman said.";

  private RuleCases() {}

  static Article cleanAround(String line) {
    return Documents.clean(BEFORE + "\n" + line + "\n" + AFTER);
  }

  static void assertDropped(String line, RemovalReason reason) {
    Article a = cleanAround(line);
    assertThat(Documents.lines(a)).as("kept lines").containsExactly(BEFORE, AFTER);
    assertThat(a.removed()).as("removals").hasSize(1);
    assertThat(a.removed().get(0).reason()).isEqualTo(reason);
    assertThat(Documents.removedTexts(a)).containsExactly(line.strip());
  }

  static void assertKept(String line) {
    Article a = cleanAround(line);
    assertThat(Documents.lines(a)).as("kept lines").containsExactly(BEFORE, line.strip(), AFTER);
    assertThat(a.removed()).isEmpty();
  }
}
