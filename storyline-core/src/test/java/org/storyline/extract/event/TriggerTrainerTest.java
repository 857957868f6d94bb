package org.storyline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;

/** The trigger tagger learns from TimeML and writes a model that reads back the same. */
class TriggerTrainerTest {

  private static final String[] VERBS = {"attacked", "visited", "signed", "left", "announced", "met"};
  private static final String[] NAMES = {"Kim", "Lee", "Park", "Moon", "Choi", "Han"};

  /** Sentences "NAME VERBED the city ." with the verb an OCCURRENCE (REPORTING for announced). */
  private static List<GoldEvents> corpus(int n) {
    List<GoldEvents> docs = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        String verb = VERBS[(d + s) % VERBS.length];
        String cls = verb.equals("announced") ? "REPORTING" : "OCCURRENCE";
        text.append(NAMES[(d * 7 + s) % NAMES.length]).append(" <EVENT eid=\"e").append(s).append("\" class=\"")
            .append(cls).append("\">").append(verb).append("</EVENT> the city .\n\n");
      }
      docs.add(GoldEvents.parse("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2000-01-01\">x</TIMEX3></DCT>\n<TEXT>"
          + text + "</TEXT>", "d" + d + ".tml"));
    }
    return docs;
  }

  @Test
  void train_onSimpleSentences_tagsTheVerbsWithTheirClass(@TempDir Path dir) throws Exception {
    PerceptronEventDetector d = TriggerTrainer.defaults().epochs(3).bits(14).train(corpus(10), line -> { });
    EventMentionEval.Report r = EventMentionEval.score(d, corpus(3));
    assertThat(r.total().strictF1()).isGreaterThan(0.95);
    assertThat(r.total().typeF1()).isGreaterThan(0.95);

    Path file = dir.resolve("m.bin.gz");
    d.save(file);
    PerceptronEventDetector back = PerceptronEventDetector.load(file);
    String text = "Park signed the city .";
    Sentence s = new RuleTokenizer().sentences(text).get(0);
    assertThat(back.triggers(s)).isEqualTo(d.triggers(s));
    assertThat(back.triggers(s)).extracting(t -> t.span().of(text)).containsExactly("signed");
  }

  @Test
  void load_notAModel_saysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerceptronEventDetector.load(file))
        .hasMessageContaining("not an event trigger model");
  }
}
