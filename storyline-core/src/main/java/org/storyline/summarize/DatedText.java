package org.storyline.summarize;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as the summarisers read it: its id, outlet, publication date and text (the cleaned
 * text of a stored article, whose offsets {@link SourcedSentence#span()} refers to).
 *
 * @param id the article's id, as it should be cited
 * @param outlet the outlet, or {@code null} when unknown
 * @param published the publication date (the date its relative time expressions are anchored on)
 * @param title the headline, or {@code null}
 * @param text the body
 */
public record DatedText(String id, String outlet, LocalDate published, String title, String text) {

  public DatedText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
  }

  public Optional<String> outletOpt() {
    return Optional.ofNullable(outlet);
  }

  public Optional<String> titleOpt() {
    return Optional.ofNullable(title);
  }
}
