package org.storyline.extract.quote;

import java.util.List;
import org.storyline.extract.text.Sentence;
import org.storyline.model.Quote;

/**
 * Finds what sources are reported to have said in one article, and who said it.
 *
 * <p>Contract: the input is one article's cleaned text, paragraphs separated by line breaks (a
 * blank line, or a single line break). The quotes come back in text order; every span lies
 * within the text; no two quotes share a character; a quote's speaker mention lies within the
 * text. A speaker described without a name ("a senior administration official") stays a
 * description: it is never replaced by a person's name. Implementations are stateless and
 * thread-safe.
 */
public interface QuoteExtractor {

  List<Quote> extract(String text);

  /**
   * The quotes of {@link #extract(String)}, given the text's {@code sentences} as a
   * {@link org.storyline.extract.text.RuleTokenizer RuleTokenizer} splits it, which an
   * implementation may read instead of tokenising the text again. The default ignores them.
   */
  default List<Quote> extract(String text, List<Sentence> sentences) {
    return extract(text);
  }
}
