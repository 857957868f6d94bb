package org.storyline.ingest.html;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link HtmlExtractor} reads from one page. Every field but {@code body} may be {@code null}.
 *
 * @param title the headline
 * @param headline the page's own headline element ({@code <h1>}) as a block, for readers that
 *     want the headline in the text; {@code null} when there is none
 * @param body the main text, paragraph by paragraph, in page order; empty when the page has no
 *     article
 * @param author the byline's names, as written ({@code "Jane Doe and John Roe"})
 * @param published the publication date and its source
 * @param site the outlet or site name
 * @param url the canonical address
 * @param language the page's language tag ({@code "en"}, {@code "pt-BR"})
 */
public record Extraction(
    String title,
    Block headline,
    List<Block> body,
    String author,
    Published published,
    String site,
    String url,
    String language) {

  public Extraction {
    body = List.copyOf(body);
  }

  /** The body paragraphs joined by blank lines ({@code "\n\n"}). */
  public String text() {
    return body.stream().map(Block::text).collect(Collectors.joining("\n\n"));
  }

  public boolean hasBody() {
    return !body.isEmpty();
  }

  public Optional<Published> publishedOpt() {
    return Optional.ofNullable(published);
  }
}
