package org.storyline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of an article's cleaned text. Every span indexes the cleaned text; the headline,
 * dateline and byline are absent ({@code null}) when the text has none.
 *
 * @param headline the headline line, when the text opens with one
 * @param dateline the place line that opens the first paragraph ("REHOBOTH BEACH, Del.")
 * @param byline the credit line ("By ...", "... contributed to this report.")
 * @param paragraphs every paragraph in order, headline and byline included
 */
public record Layout(Span headline, Span dateline, Span byline, List<Span> paragraphs) {

  public Layout {
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
  }

  public Optional<Span> headlineOpt() {
    return Optional.ofNullable(headline);
  }

  public Optional<Span> datelineOpt() {
    return Optional.ofNullable(dateline);
  }

  public Optional<Span> bylineOpt() {
    return Optional.ofNullable(byline);
  }
}
