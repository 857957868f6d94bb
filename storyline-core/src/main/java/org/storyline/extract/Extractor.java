package org.storyline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.event.EventDetector;
import org.storyline.extract.event.EventMention;
import org.storyline.extract.event.PerceptronEventDetector;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.quote.QuoteExtractor;
import org.storyline.extract.quote.RuleQuoteExtractor;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Tokenizer;
import org.storyline.extract.time.Timex;
import org.storyline.extract.claim.ClaimExtractor;
import org.storyline.extract.claim.RuleClaimExtractor;
import org.storyline.extract.time.RuleTimeTagger;
import org.storyline.extract.time.TimeTagger;
import org.storyline.extract.claim.Claim;
import org.storyline.extract.time.Timex;
import org.storyline.model.Article;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.PublicationDate;

/**
 * Runs every extract stage over one cleaned article. Stateless and thread-safe; models are
 * loaded once, when it is built.
 */
public final class Extractor {

  /**
   * The version of the models and rules behind {@link #extract}. Bump it whenever any stage's
   * output changes (a retrained model, a new rule, a new field), so that extractions stored by
   * another version are analysed again rather than read.
   */
  public static final String VERSION = "extract-9";

  private final Tokenizer tokenizer;
  private final TimeTagger timeTagger;
  private final EntityRecognizer recognizer;
  private final QuoteExtractor quotes;
  private final ClaimExtractor claims;
  private final EventDetector events;

  /** Every stage but events; {@code claims} may be null to leave claims out (to time them, for one). */
  public Extractor(
      Tokenizer tokenizer, TimeTagger timeTagger, EntityRecognizer recognizer, QuoteExtractor quotes, ClaimExtractor claims) {
    this(tokenizer, timeTagger, recognizer, quotes, claims, null);
  }

  /** Every stage; {@code claims} and {@code events} may be null to leave them out. */
  public Extractor(Tokenizer tokenizer, TimeTagger timeTagger, EntityRecognizer recognizer, QuoteExtractor quotes,
      ClaimExtractor claims, EventDetector events) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.claims = claims;
    this.events = events;
  }

  /**
   * The shipped stages: rule tokenizer, rule time tagger, the shipped entity and event models, rule
   * quotes and claims. The tokenizer is the process's {@link RememberingTokenizer#shared()}, which the
   * story timeline reads an article's sentences from again.
   */
  public static Extractor withDefaults() {
    // The two models load at once: before the first article is extracted nothing else keeps the
    // second core busy, and the event model's load then costs no wall time.
    CompletableFuture<EventDetector> events = CompletableFuture.supplyAsync(PerceptronEventDetector::shipped);
    EntityRecognizer recognizer = PerceptronRecognizer.shipped();
    try {
      return new Extractor(RememberingTokenizer.shared(), new RuleTimeTagger(), recognizer,
          new RuleQuoteExtractor(), new RuleClaimExtractor(), events.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failed ? failed : e; // as if loaded on this thread
    }
  }

  /** The entity mentions of an article only: what the entity index needs, without the other stages. */
  public List<Mention> mentions(Article article) {
    return recognizer.mentions(article.text(), tokenizer.sentences(article.text()));
  }

  public Extraction extract(Article article) {
    String text = article.text();
    List<Sentence> sentences = tokenizer.sentences(text);
    Optional<LocalDate> anchor = article.publishedOpt().map(PublicationDate::date);
    List<Timex> timexes = anchor.map(d -> timeTagger.tag(text, d)).orElse(List.of());
    List<Claim> found = claims == null ? List.of() : claims.claims(text, sentences, timexes, anchor);
    List<Mention> mentions = recognizer.mentions(text, sentences);
    List<EventMention> happenings = events == null ? List.of() : events.detect(text, sentences, timexes, mentions, anchor);
    return new Extraction(article, anchor, timexes, mentions, quotes(text, sentences), found, happenings);
  }

  /** The quotes, from the sentences at hand when they are a rule tokenizer's, as the quote extractor's own would be. */
  private List<Quote> quotes(String text, List<Sentence> sentences) {
    return splitsAsRules(tokenizer) ? quotes.extract(text, sentences) : quotes.extract(text);
  }

  private static boolean splitsAsRules(Tokenizer tokenizer) {
    return tokenizer instanceof RuleTokenizer
        || tokenizer instanceof RememberingTokenizer r && r.remembered() instanceof RuleTokenizer;
  }
}
