package org.storyline.extract.text;

import java.util.List;

/**
 * Splits a text into sentences of tokens.
 *
 * <p>Contract: the sentences cover the text's tokens in order, with no overlap; every token's
 * span holds exactly its text; white space is never part of a token; a paragraph break (a blank
 * line) always ends a sentence. Implementations are stateless and thread-safe.
 */
public interface Tokenizer {

  List<Sentence> sentences(String text);
}
