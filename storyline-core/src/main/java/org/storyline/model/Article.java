package org.storyline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned article: the output of the clean stage and the input of every stage after it.
 *
 * <p>{@code text} is the article as a reader sees it: headline (when the text has one),
 * dateline, body paragraphs separated by one blank line, and byline, with boilerplate removed.
 * Every span of later stages indexes {@code text}; {@code sourceMap} takes it back to {@code
 * source}, the input as read, so a span can be shown in the original file.
 *
 * @param id Storyline's id, derived from the content
 * @param origin the input it was read from
 * @param format the kind of input
 * @param title the headline: from the input's metadata, else the text's headline line; may be null
 * @param published the publication date; null when neither the input nor inference gives one
 * @param outlet the publisher; may be null
 * @param url the address; may be null
 * @param text the cleaned text
 * @param layout headline, dateline, byline and paragraphs of {@code text}
 * @param source the input as read (see {@link SourceDocument#source()})
 * @param sourceMap maps offsets of {@code text} to offsets of {@code source}
 * @param removed what cleaning dropped from {@code source}, in source order
 */
public record Article(
    ArticleId id,
    Origin origin,
    SourceFormat format,
    String title,
    PublicationDate published,
    String outlet,
    String url,
    String text,
    Layout layout,
    String source,
    OffsetMap sourceMap,
    List<Removal> removed) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceMap, "sourceMap");
    removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    if (sourceMap.derivedLength() != text.length() || sourceMap.sourceLength() != source.length()) {
      throw new IllegalArgumentException(origin + ": source map does not fit the article's texts");
    }
    for (Span p : layout.paragraphs()) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException(origin + ": paragraph " + p + " is past the end of the text");
      }
    }
  }

  public Optional<String> titleOpt() {
    return Optional.ofNullable(title);
  }

  public Optional<PublicationDate> publishedOpt() {
    return Optional.ofNullable(published);
  }

  public Optional<String> outletOpt() {
    return Optional.ofNullable(outlet);
  }

  public Optional<String> urlOpt() {
    return Optional.ofNullable(url);
  }

  /**
   * What to call the article where it is listed: its title, else the headline line of its text,
   * else the text's first line; stripped and whole (callers clip it to their width). A plain-text
   * file has no title, and "(untitled)" beside each of a folder's articles tells a reader nothing.
   */
  public String label() {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    Span head = layout.headline();
    if (head != null && !head.of(text).isBlank()) {
      return head.of(text).strip();
    }
    String stripped = text.strip();
    int cut = stripped.indexOf('\n');
    return (cut < 0 ? stripped : stripped.substring(0, cut)).strip();
  }

  /** The source span of a span of the cleaned text. */
  public Span toSource(Span cleaned) {
    return sourceMap.toSource(cleaned);
  }

  /** The same article with another publication date (dating an undated article). */
  public Article withPublished(PublicationDate date) {
    return new Article(id, origin, format, title, date, outlet, url, text, layout, source, sourceMap, removed);
  }

  /** The number of white-space separated words of the cleaned text. */
  public int wordCount() {
    // the bounds of text.strip(), without copying the text (every stored article is counted)
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return 0;
    }
    int words = 1;
    for (int i = start + 1; i < end; i++) {
      if (isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1))) {
        words++; // a run of white space inside the stripped text starts a word after it
      }
    }
    return words;
  }

  /** What {@code \\s} matches: the same words as {@code text.strip().split("\\s+")}, without a regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
