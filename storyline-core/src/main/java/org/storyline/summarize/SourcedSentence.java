package org.storyline.summarize;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Span;

/**
 * A sentence chosen for a summary, with where it comes from.
 *
 * @param text the sentence as written
 * @param articleId the id of its article
 * @param outlet its article's outlet, or {@code null}
 * @param published its article's publication date
 * @param span where it is in its article's text
 */
public record SourcedSentence(String text, String articleId, String outlet, LocalDate published, Span span) {

  public SourcedSentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(span, "span");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text \"" + text + "\" does not have the length of " + span);
    }
  }

  /**
   * The sentence as a summary shows it: one quoted up to the end of a clause (it stops without a
   * closing mark, see {@code Heads}) ends in an ellipsis, so that run together with the next it
   * does not read as one sentence.
   */
  public String asShown() {
    String t = text.strip();
    return t.isEmpty() || ".!?…\"”’)".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + " …";
  }

  public Optional<String> outletOpt() {
    return Optional.ofNullable(outlet);
  }
}
