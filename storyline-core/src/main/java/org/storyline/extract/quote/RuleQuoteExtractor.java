package org.storyline.extract.quote;

import java.util.List;
import java.util.Objects;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Tokenizer;
import org.storyline.model.Quote;

/**
 * A fast rule-based quote extractor for English news text.
 *
 * <p>Per paragraph it pairs double quotation marks (curly or straight, an unclosed quote running
 * on into the next paragraph that reopens), finds reporting cues outside the quoted words (a verb
 * lexicon: said, told, added, warned, ...; "according to"; a transcript's "NAME:"; a closing
 * dash before a name) and reads each cue's pattern: {@code “…,” X said}, {@code “…,” said X},
 * {@code X said (that) …}, {@code …, X said}, {@code according to X, …}, {@code …, saying …},
 * and a sentence with no reporting verb that ends in a colon before a quotation ({@code Rubio
 * fired back: “…”}).
 * A quote with no cue of its own that follows a quote in the same paragraph joins it; one that
 * opens the next paragraph carries its speaker on. Speakers are read from the phrase next to the
 * cue: a name after its titles, an organisation, or a description kept as written; pronouns and
 * bare descriptions ("the official") resolve against what the article mentioned before.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

  private final Tokenizer tokenizer;

  public RuleQuoteExtractor() {
    this(new RuleTokenizer());
  }

  public RuleQuoteExtractor(Tokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  @Override
  public List<Quote> extract(String text) {
    Objects.requireNonNull(text, "text");
    return new Attribution(text, tokenizer).quotes();
  }

  /** As {@link #extract(String)}; the sentences are read only when this extractor's tokenizer is a {@link RuleTokenizer} too. */
  @Override
  public List<Quote> extract(String text, List<Sentence> sentences) {
    Objects.requireNonNull(text, "text");
    if (!(tokenizer instanceof RuleTokenizer rule)) {
      return extract(text);
    }
    return new Attribution(text, Attribution.paragraphsOf(sentences, rule)).quotes();
  }
}
