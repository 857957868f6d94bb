package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.Extractor;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.entity.EntityChunk;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Mention;

/** The per-article stage of the job: a message the extractors fail on is kept, as the embedded engine keeps it. */
class AnalyseTest {

  private static final String JSON = "{\"text\":\"Police in Kalover said Maria Tuson was arrested after the shooting on Brook Street on Monday.\","
      + "\"title\":\"Arrest in Kalover\",\"published\":\"2016-03-02\",\"id\":\"r-1\"}";

  @Test
  void anArticleTheExtractorsFailOn_isKeptWithNothingFound_andAWarningNamingIt() {
    EntityRecognizer failing = new EntityRecognizer() {
      @Override
      public List<Mention> mentions(String text, List<Sentence> sentences) {
        throw new IllegalStateException("no rule for this text");
      }

      @Override
      public List<List<EntityChunk>> chunks(List<List<String>> sentences) {
        throw new UnsupportedOperationException();
      }
    };
    Extractor extractor = new Extractor(new RuleTokenizer(), new RuleTimeTagger(), failing, new RuleQuoteExtractor(),
        new RuleClaimExtractor());

    Analysed out = new Analyse("articles", new BoilerplateCleaner(), extractor).analyse(1, 41, JSON);

    assertThat(out.extraction()).hasValueSatisfying(x -> {
      assertThat(x.article().text()).contains("Maria Tuson");
      assertThat(x.mentions()).isEmpty();
      assertThat(x.timexes()).isEmpty();
    });
    assertThat(out.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).as("the article is stored").isFalse();
      assertThat(p.origin().file()).isEqualTo("articles-1");
      assertThat(p.origin().record()).isEqualTo(42);
      assertThat(p.reason()).contains("stored without its analysis").contains("IllegalStateException: no rule for this text");
    });
  }
}
