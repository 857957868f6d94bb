package org.storyline.bench;

import java.util.Optional;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.Extractor;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.PublicationDate;

/**
 * Storyline's implementation of each {@link Stage}. A stage Storyline has not built yet has no
 * runner, and the comparison says so rather than timing a stand-in.
 */
final class StorylineRunner {

  private StorylineRunner() {}

  static Optional<Runner> of(Stage stage) {
    return switch (stage) {
      case TOKENS -> Optional.of(new Tokens());
      case TIME -> Optional.of(new Times());
      case PIPELINE -> Optional.of(new WholePipeline());
      case NER, QUOTES -> Optional.empty();
    };
  }

  /** Sentences and tokens of the cleaned text. */
  private static final class Tokens implements Runner {
    private RuleTokenizer tokenizer;

    @Override
    public void load() {
      tokenizer = new RuleTokenizer();
    }

    @Override
    public int process(BenchArticle article) {
      return tokenizer.sentences(article.text()).size();
    }
  }

  /** Time expressions of the cleaned text, anchored on the article's date. */
  private static final class Times implements Runner {
    private RuleTimeTagger tagger;

    @Override
    public void load() {
      tagger = new RuleTimeTagger();
    }

    @Override
    public int process(BenchArticle article) {
      return tagger.tag(article.text(), article.date()).size();
    }
  }

  /** Every stage Storyline has, from the document as read: clean, tokenise, extract. */
  private static final class WholePipeline implements Runner {
    private BoilerplateCleaner cleaner;
    private RuleTokenizer tokenizer;
    private Extractor extractor;

    @Override
    public void load() {
      cleaner = new BoilerplateCleaner();
      tokenizer = new RuleTokenizer();
      extractor = Extractor.withDefaults();
    }

    @Override
    public int process(BenchArticle article) {
      Article cleaned = cleaner.clean(article.document());
      if (cleaned.publishedOpt().isEmpty()) {
        cleaned = cleaned.withPublished(PublicationDate.given(article.date(), DateSource.USER)); // as CoreNLP is given
      }
      return tokenizer.sentences(cleaned.text()).size() + extractor.extract(cleaned).timexes().size();
    }
  }
}
