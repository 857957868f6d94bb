package org.storyline.reconcile.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.CorefScores;
import org.storyline.model.Span;
import org.storyline.reconcile.event.EventCorefModel;
import org.storyline.reconcile.event.EventMention;
import org.storyline.reconcile.event.SameLemmaCoreferencer;

/** On a small ECB+-shaped fixture of our own (test resources, ecb-fixture/README.md). */
class EventCorefEvalTest {

  static Path fixture() throws URISyntaxException {
    return Path.of(EventCorefEvalTest.class.getResource("ecb-fixture/documents.jsonl").toURI()).getParent();
  }

  @Test
  void read_placesEachMentionInItsSentenceWithItsTokensAndDate() throws Exception {
    EventCorpus corpus = EventCorpora.read(fixture());
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).isEqualTo(7);
    assertThat(corpus.topics()).extracting(EventCorpus.Topic::id).containsExactly("1", "2", "3");
    assertThat(corpus.mentions()).isEqualTo(18);
    EventMention collapse = corpus.topics().get(0).mentions().get(3).mention();
    assertThat(collapse.trigger()).isEqualTo("collapse");
    assertThat(collapse.sentence()).isEqualTo(1);
    assertThat(collapse.sentenceTokens().subList(collapse.tokens().start(), collapse.tokens().end())).containsExactly("collapse");
    assertThat(collapse.chars()).isEqualTo(new Span(110, 118));
    assertThat(collapse.published()).isEqualTo(Optional.of(LocalDate.of(2007, 8, 2)));
  }

  /**
   * The baseline's clusters of the fixture, as {@code coref-events --baseline} writes them, scored
   * by the reference scorer ({@code coref_eval.py --restrict-to-key}): these are its figures.
   */
  @Test
  void score_ofTheBaseline_agreesWithTheReferenceScorer() throws Exception {
    CorefScores s = EventCorefEval.score(EventCorpora.read(fixture()), new SameLemmaCoreferencer());
    assertThat(s.muc().recall()).isEqualTo(0.625, offset(1e-9));
    assertThat(s.muc().precision()).isEqualTo(0.7142857142857143, offset(1e-9));
    assertThat(s.bCubed().recall()).isEqualTo(0.8333333333333334, offset(1e-9));
    assertThat(s.bCubed().precision()).isEqualTo(0.7962962962962963, offset(1e-9));
    assertThat(s.ceafE().recall()).isEqualTo(0.7466666666666667, offset(1e-9));
    assertThat(s.ceafE().precision()).isEqualTo(0.6787878787878788, offset(1e-9));
    assertThat(s.conllF1()).isEqualTo(0.7307239057239058, offset(1e-9));
  }

  @Test
  void untouched_isFixedByTopicNumber() throws Exception {
    EventCorpus corpus = EventCorpora.read(fixture());
    assertThat(corpus.only(EventCorefEval::untouched).topics()).extracting(EventCorpus.Topic::id).containsExactly("3");
    assertThat(List.of("23", "35", "7").stream().allMatch(id -> EventCorefEval.untouched(new EventCorpus.Topic(id, List.of())))).isTrue();
    assertThat(List.of("2", "5", "12", "18", "21", "34", "corpus_apple").stream()
        .noneMatch(id -> EventCorefEval.untouched(new EventCorpus.Topic(id, List.of())))).isTrue();
  }

  @Test
  void train_choosesAThresholdFromTheGrid_andIsDeterministic() throws Exception {
    EventCorpus tuning = EventCorpora.read(fixture()).only(t -> !EventCorefEval.untouched(t));
    EventCorefEval.CrossValidation cv = EventCorefEval.crossValidate(tuning);
    assertThat(cv.byThreshold()).hasSize(EventCorefEval.THRESHOLDS.length);
    assertThat(cv.byThreshold()).allSatisfy(f -> assertThat(cv.best().scores().conllF1()).isGreaterThanOrEqualTo(f.scores().conllF1()));
    StringBuilder log = new StringBuilder();
    EventCorefModel a = EventCorefEval.train(tuning, log::append);
    assertThat(a.threshold()).isEqualTo(cv.best().threshold());
    assertThat(EventCorefEval.train(tuning, x -> { })).isEqualTo(a);
    assertThat(log.toString()).contains("<- chosen");
  }

  @Test
  void read_reportsBadMentionsAndGoesOn(@TempDir Path dir) throws Exception {
    Files.copy(fixture().resolve("documents.jsonl"), dir.resolve("documents.jsonl"));
    List<String> lines = Files.readAllLines(fixture().resolve("event_mentions.jsonl"));
    Files.write(dir.resolve("event_mentions.jsonl"), List.of(lines.get(0),
        "{\"doc_id\": \"nope\", \"start\": 0, \"end\": 4, \"cluster_id\": \"X\"}",
        "{\"doc_id\": \"1_1ecb\", \"start\": 500, \"end\": 504, \"cluster_id\": \"X\"}", "not json"));
    EventCorpus corpus = EventCorpora.read(dir);
    assertThat(corpus.mentions()).isEqualTo(1);
    assertThat(corpus.problems()).hasSize(3);
    assertThat(corpus.problems().get(0)).contains("event_mentions.jsonl:2").contains("document nope");
    assertThat(corpus.problems().get(1)).contains(":3").contains("outside the text of 1_1ecb");
  }

  @Test
  void read_ofAFolderWithNeitherLayout_saysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> EventCorpora.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("neither ECB+");
  }
}
