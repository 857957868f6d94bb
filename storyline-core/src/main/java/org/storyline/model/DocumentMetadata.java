package org.storyline.model;

import java.util.Optional;

/**
 * What an input says about an article besides its text. Every field may be absent ({@code null});
 * the accessors ending in {@code opt} wrap them.
 *
 * @param externalId the input's own id of the article (a JSONL {@code id}), not Storyline's
 * @param title the headline when the input gives it apart from the text
 * @param url the article's address
 * @param published the publication date when the input gives it
 * @param outlet the publishing outlet or site
 */
public record DocumentMetadata(
    String externalId, String title, String url, PublicationDate published, String outlet) {

  public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);

  public Optional<String> titleOpt() {
    return Optional.ofNullable(title);
  }

  public Optional<String> urlOpt() {
    return Optional.ofNullable(url);
  }

  public Optional<PublicationDate> publishedOpt() {
    return Optional.ofNullable(published);
  }

  public Optional<String> outletOpt() {
    return Optional.ofNullable(outlet);
  }

  public DocumentMetadata withPublished(PublicationDate date) {
    return new DocumentMetadata(externalId, title, url, date, outlet);
  }

  public DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(externalId, newTitle, url, published, outlet);
  }
}
