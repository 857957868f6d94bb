package org.storyline.ingest.html;

import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Main-text extraction from a news page: the title, the body paragraphs in order (without
 * navigation, menus, related links, comments, share bars, cookie and subscription boxes,
 * captions and credits), the byline, the publication date with its source, the site name, the
 * canonical address and the language.
 *
 * <p>Contract. {@link #extract(Document)} never throws for any parsed page and returns a body
 * that is empty when the page holds no article text. Every body block's text is read from its
 * {@link Block#nodes() text nodes}, and blocks come in page order. It prunes the document it is
 * given: parse a fresh one per call. Stateless; safe to share between threads.
 *
 * <p>Example: {@code Extraction e = HtmlExtractor.withDefaults().extract(html); e.text();}
 */
public final class HtmlExtractor {

  private HtmlExtractor() {}

  public static HtmlExtractor withDefaults() {
    return new HtmlExtractor();
  }

  /** Parses {@code html} (without source positions, which extraction does not need) and extracts. */
  public Extraction extract(String html) {
    Objects.requireNonNull(html, "html");
    return extract(Jsoup.parse(html, "", Parser.htmlParser()));
  }

  /** Extracts from a parsed page, pruning it; see the class comment. */
  public Extraction extract(Document page) {
    Objects.requireNonNull(page, "page");
    PageMetadata metadata = new PageMetadata(page);
    String url = metadata.url();
    String title = metadata.title();
    String author = metadata.author();
    Published published = metadata.published(url);
    String site = metadata.site();
    String language = metadata.language();
    Block headline = headline(page);
    Element body = page.body();
    List<Block> blocks = body == null ? List.of() : new ContentFinder().find(body); // prunes: metadata first
    if (published == null) {
      published = dateline(blocks);
    }
    return new Extraction(title, headline, blocks, author, published, site, url, language);
  }

  /** The first {@code <h1>} of the body that has text, as a block. */
  private static Block headline(Document page) {
    Element h1 = page.body() == null ? null : page.body().selectFirst("h1");
    if (h1 == null) {
      return null;
    }
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, h1);
    collector.end();
    return collector.blocks.isEmpty() ? null : collector.blocks.get(0).block;
  }

  /** A date written in the first lines of the text ({@code "WASHINGTON, Dec. 6, 2021 —"}). */
  private static Published dateline(List<Block> blocks) {
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      String text = blocks.get(i).text();
      Published p = DateTexts.prose(text.length() > 200 ? text.substring(0, 200) : text,
          Published.Source.DATELINE, "dateline");
      if (p != null) {
        return p;
      }
    }
    return null;
  }
}
