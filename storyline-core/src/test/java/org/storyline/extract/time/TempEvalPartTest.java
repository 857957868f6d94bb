package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.extract.event.EventMentionEval;

class TempEvalPartTest {

  @Property
  void isUntouched_isTheEventStagesRule(@ForAll String anyName) {
    String name = anyName.replace('\\', '/'); // the event stage's names are written with slashes
    assertThat(TempEvalPart.isUntouched(name)).isEqualTo(EventMentionEval.isUntouched(name));
  }

  @Property
  void tuneAndUntouched_splitEveryName(@ForAll String name) {
    assertThat(TempEvalPart.TUNE.contains(name)).isNotEqualTo(TempEvalPart.UNTOUCHED.contains(name));
    assertThat(TempEvalPart.ALL.contains(name)).isTrue();
  }

  @Test
  void isUntouched_readsWindowsSeparatorsAsSlashes() {
    IntStream.range(0, 200).mapToObj(k -> "TimeBank/doc" + k + ".tml").forEach(name ->
        assertThat(TempEvalPart.isUntouched(name.replace('/', '\\'))).isEqualTo(TempEvalPart.isUntouched(name)));
  }

  @Test
  void evaluate_scoresOnlyThePartsDocuments(@TempDir Path dir) throws IOException {
    String untouched = firstName(true);
    String tune = firstName(false);
    Files.createDirectories(dir.resolve("TimeBank"));
    for (String name : new String[] {untouched, tune, firstNameAfter(tune, false)}) {
      try (InputStream in = TempEvalPartTest.class.getResourceAsStream("/time/sample.tml")) {
        Files.copy(in, dir.resolve(name));
      }
    }
    assertThat(TimeEval.evaluate(dir, new RuleTimeTagger(), TempEvalPart.UNTOUCHED).documents()).isEqualTo(1);
    assertThat(TimeEval.evaluate(dir, new RuleTimeTagger(), TempEvalPart.TUNE).documents()).isEqualTo(2);
    TimeEvalReport all = TimeEval.evaluate(dir, new RuleTimeTagger(), TempEvalPart.ALL);
    assertThat(all.documents()).isEqualTo(3);
    assertThat(all.total().gold()).isEqualTo(3 * 4);
  }

  private static String firstName(boolean untouched) {
    return firstNameAfter("", untouched);
  }

  private static String firstNameAfter(String previous, boolean untouched) {
    return IntStream.range(0, 1000).mapToObj(k -> "TimeBank/doc" + k + ".tml")
        .filter(n -> !n.equals(previous) && TempEvalPart.isUntouched(n) == untouched)
        .findFirst().orElseThrow();
  }
}
