package org.storyline.extract.entity;

import java.util.List;
import java.util.Optional;

/**
 * One document of a CoNLL file: the sentences after a {@code -DOCSTART-} line (or, for text
 * before the first such line, the sentences from the start of the file).
 *
 * @param docstart the {@code -DOCSTART-} row that opens the document; null for text before the first one
 * @param sentences in file order
 */
public record ConllDocument(ConllToken docstart, List<ConllSentence> sentences) {

  /** The token of the rows that separate documents. */
  public static final String DOCSTART = "-DOCSTART-";

  public ConllDocument {
    sentences = List.copyOf(sentences);
  }

  public Optional<ConllToken> docstartOpt() {
    return Optional.ofNullable(docstart);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(ConllSentence::size).sum();
  }

  /** The words of each sentence. */
  public List<List<String>> words() {
    return sentences.stream().map(ConllSentence::words).toList();
  }
}
