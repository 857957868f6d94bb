package org.storyline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source is reported to have said: the reported content, who said it and the cue that
 * says so.
 *
 * <p>{@code content} is the whole reported content, in one or more parts when the words are
 * interrupted by their attribution ({@code “We are ready,” he said. “We are not deploying.”} has
 * two parts) or run over several paragraphs. Direct quotes keep their quotation marks inside the
 * content; indirect speech ({@code said that ...}) is the clause reported, without the sentence's
 * final period.
 *
 * @param content the parts, in text order, non-empty and non-overlapping
 * @param kind direct, mixed or indirect
 * @param cue the reporting words ("said", "told", "according to", "added"); null when the quote
 *     carries on a speaker from an earlier paragraph without a cue of its own
 * @param speaker who said it; null when no speaker is found
 */
public record Quote(List<Span> content, Kind kind, Span cue, Speaker speaker) {

  /** How much of the content is the speaker's own words. */
  public enum Kind {
    /** Only quoted words. */
    DIRECT,
    /** Quoted words inside a paraphrase ("make clear" that there will be "very real costs"). */
    MIXED,
    /** Reported speech with no quotation marks. */
    INDIRECT
  }

  public Quote {
    content = List.copyOf(Objects.requireNonNull(content, "content"));
    Objects.requireNonNull(kind, "kind");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a quote has content");
    }
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i).isEmpty()) {
        throw new IllegalArgumentException("empty content part " + content.get(i));
      }
      if (i > 0 && content.get(i - 1).end() > content.get(i).start()) {
        throw new IllegalArgumentException("content parts out of order or overlapping: " + content);
      }
    }
  }

  /** From the start of the first part to the end of the last. */
  public Span span() {
    return Span.of(content.get(0).start(), content.get(content.size() - 1).end());
  }

  /** Whether some quoted words are in it. */
  public boolean isDirect() {
    return kind != Kind.INDIRECT;
  }

  public Optional<Span> cueOpt() {
    return Optional.ofNullable(cue);
  }

  public Optional<Speaker> speakerOpt() {
    return Optional.ofNullable(speaker);
  }

  /** The content's words, parts joined by " … ". */
  public String text(String text) {
    StringBuilder b = new StringBuilder();
    for (Span part : content) {
      if (b.length() > 0) {
        b.append(" … ");
      }
      b.append(part.of(text));
    }
    return b.toString();
  }
}
