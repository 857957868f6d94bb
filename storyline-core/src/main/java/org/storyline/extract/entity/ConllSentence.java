package org.storyline.extract.entity;

import java.util.List;

/** The rows of one sentence of a CoNLL file, in order; at least one. */
public record ConllSentence(List<ConllToken> tokens) {

  public ConllSentence {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
  }

  public List<String> words() {
    return tokens.stream().map(ConllToken::word).toList();
  }

  /** The last column of every row. */
  public List<String> tags() {
    return tokens.stream().map(ConllToken::tag).toList();
  }

  public int size() {
    return tokens.size();
  }
}
