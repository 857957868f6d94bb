package org.storyline.bench;

import java.util.Optional;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.quote.QuoteExtractor;
import org.storyline.extract.quote.RuleQuoteExtractor;
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
      case NER -> Optional.of(new Entities());
      case TIME -> Optional.of(new Times());
      case QUOTES -> Optional.of(new Quotes());
      case PIPELINE -> Optional.of(new WholePipeline());
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

  /** Entity mentions of the cleaned text (tokenising included, as CoreNLP's pipeline includes it). */
  private static final class Entities implements Runner {
    private RuleTokenizer tokenizer;
    private EntityRecognizer recognizer;

    @Override
    public void load() {
      tokenizer = new RuleTokenizer();
      recognizer = PerceptronRecognizer.shipped();
    }

    @Override
    public int process(BenchArticle article) {
      return recognizer.mentions(article.text(), tokenizer.sentences(article.text())).size();
    }
  }

  /** Quotes with their speakers. */
  private static final class Quotes implements Runner {
    private QuoteExtractor quotes;

    @Override
    public void load() {
      quotes = new RuleQuoteExtractor();
    }

    @Override
    public int process(BenchArticle article) {
      return quotes.extract(article.text()).size();
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
    private Extractor extractor;

    @Override
    public void load() {
      cleaner = new BoilerplateCleaner();
      extractor = Extractor.withDefaults();
    }

    @Override
    public int process(BenchArticle article) {
      Article cleaned = cleaner.clean(article.document());
      if (cleaned.publishedOpt().isEmpty()) {
        cleaned = cleaned.withPublished(PublicationDate.given(article.date(), DateSource.USER)); // as CoreNLP is given
      }
      Extraction x = extractor.extract(cleaned);
      return x.timexes().size() + x.mentions().size() + x.quotes().size(); // the extractor tokenises once itself
    }
  }
}
