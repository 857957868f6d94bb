package org.storyline.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Pages;
import org.storyline.ingest.StreamReader;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * Reads an RSS or Atom feed file ({@code .rss}, {@code .atom}, {@code .xml}): each item is one
 * article, read from its content or description (HTML, read as the HTML reader reads a page).
 * Its origin is the file and the item's 1-based number ({@code news.rss:3}).
 *
 * <p>Metadata: {@code externalId} the item's guid or id; {@code title} the item's title, else the
 * content's; {@code url} the item's link; {@code published} the item's date ({@link
 * DateSource#METADATA}), else the content's; {@code outlet} the feed's title.
 *
 * <p>Problems: ERROR for the file {@code "not XML: ..."}, {@code "XML root element <urlset> is not
 * an RSS or Atom feed"}, {@code "feed has no items"}, {@code "file is ... bytes, over the
 * ...-byte limit for one article"}; ERROR for an item {@code "item has no content or description"}
 * when it has no title either, and those of the HTML reader ({@code "no article text in the page"});
 * WARNING {@code "item has no content or description; its title is read as its text"} for an item
 * with a title only, which is read as a one-line article (a headline is all it has).
 */
public final class FeedReader implements StreamReader {

  private static final String NO_CONTENT = "item has no content or description";

  @Override
  public void read(Origin origin, InputStream in, IngestOptions options, Consumer<SourceDocument> documents,
      Consumer<Problem> problems) throws IOException {
    long limit = options.maxFileBytes();
    byte[] bytes = in.readNBytes((int) limit + 1);
    if (bytes.length > limit) {
      problems.accept(Problem.error(origin, Pages.overLimit("feed", bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream()), limit)));
      return;
    }
    Feed feed;
    try {
      feed = FeedParser.parse(bytes);
    } catch (FeedFormatException e) {
      problems.accept(Problem.error(origin, e.getMessage()));
      return;
    }
    if (feed.items().isEmpty()) {
      problems.accept(Problem.error(origin, "feed has no items"));
      return;
    }
    for (Feed.Item item : feed.items()) {
      readItem(origin.withRecord(item.number()), item, feed.title(), documents, problems);
    }
  }

  /** Reads one item's content as an article with the item's metadata; for feeds read from files and fetched alike. */
  public static void readItem(Origin at, Feed.Item item, String outlet, Consumer<SourceDocument> documents,
      Consumer<Problem> problems) {
    if (item.html() == null) {
      if (item.title() == null || item.title().isBlank()) {
        problems.accept(Problem.error(at, NO_CONTENT));
        return;
      }
      // a headline-only item (common in aggregators' feeds) is kept, as a JSONL record with a title only is
      problems.accept(Problem.warning(at, NO_CONTENT + "; its title is read as its text"));
      documents.accept(withItem(SourceDocument.of(at, SourceFormat.TEXT, item.title().strip(), DocumentMetadata.NONE), item, outlet));
      return;
    }
    Pages.readHtml(at, item.html(), doc -> documents.accept(withItem(doc, item, outlet)), problems);
  }

  private static SourceDocument withItem(SourceDocument doc, Feed.Item item, String outlet) {
    DocumentMetadata m = doc.metadata();
    PublicationDate published = item.published() != null
        ? PublicationDate.given(item.published(), DateSource.METADATA)
        : m.published();
    DocumentMetadata metadata = new DocumentMetadata(
        item.id() != null ? item.id() : m.externalId(),
        item.title() != null ? item.title() : m.title(),
        item.link() != null ? item.link() : m.url(),
        published,
        outlet != null ? outlet : m.outlet());
    return new SourceDocument(doc.origin(), doc.format(), doc.source(), doc.content(), doc.contentMap(), metadata);
  }
}
