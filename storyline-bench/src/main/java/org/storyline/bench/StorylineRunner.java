package org.storyline.bench;

import java.util.Optional;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.model.Article;

/**
 * Storyline's implementation of each {@link Stage}. A stage Storyline has not built yet has no
 * runner, and the comparison says so rather than timing a stand-in.
 */
final class StorylineRunner {

  private StorylineRunner() {}

  static Optional<Runner> of(Stage stage) {
    return switch (stage) {
      case TOKENS -> Optional.of(new Tokens());
      case PIPELINE -> Optional.of(new WholePipeline());
      case NER, TIME, QUOTES -> Optional.empty();
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

  /** Every stage Storyline has, from the document as read: clean, then tokenise. */
  private static final class WholePipeline implements Runner {
    private BoilerplateCleaner cleaner;
    private RuleTokenizer tokenizer;

    @Override
    public void load() {
      cleaner = new BoilerplateCleaner();
      tokenizer = new RuleTokenizer();
    }

    @Override
    public int process(BenchArticle article) {
      Article cleaned = cleaner.clean(article.document());
      return tokenizer.sentences(cleaned.text()).size();
    }
  }
}
