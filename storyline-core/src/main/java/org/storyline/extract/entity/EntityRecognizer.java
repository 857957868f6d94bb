package org.storyline.extract.entity;

import java.util.List;
import org.storyline.extract.text.Sentence;
import org.storyline.model.Mention;

/**
 * Finds the names of persons, organisations, locations and other named things (MISC) in a text.
 *
 * <p>Contract: the input is one document (an article's cleaned text) split into sentences by a
 * {@link org.storyline.extract.text.Tokenizer}; the whole document is seen at once, so a name
 * can be recognised by how the same word is used elsewhere in it. The mentions returned are in
 * text order, never overlap, start and end on token boundaries within one sentence, and their
 * {@code text} is the text under their span. Pronouns are never mentions. Implementations are
 * thread-safe.
 */
public interface EntityRecognizer {

  /** The mentions of {@code text}, whose sentences are {@code sentences}. */
  List<Mention> mentions(String text, List<Sentence> sentences);

  /**
   * The mentions of one document given as tokenised sentences (as in a CoNLL file): for each
   * sentence, its mentions as token runs, in order.
   */
  List<List<EntityChunk>> chunks(List<List<String>> sentences);
}
