package org.storyline.reconcile.timeline.entity;

import java.util.Objects;

/**
 * Where an event mention stands, as SemEval-2015 Task 4 names it: {@code docid-sentence-token},
 * e.g. {@code 12315-2-launched} (document 12315, sentence 2 as the corpus numbers them, the
 * trigger as written).
 */
public record MentionRef(String document, int sentence, String token) {

  public MentionRef {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(token, "token");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must not be negative: " + sentence);
    }
  }

  @Override
  public String toString() {
    return document + "-" + sentence + "-" + token;
  }
}
