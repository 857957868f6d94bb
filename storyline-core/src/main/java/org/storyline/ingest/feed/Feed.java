package org.storyline.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * An RSS or Atom feed as {@link FeedParser} read it: its title (the outlet of its items) and its
 * items in document order.
 */
public record Feed(String title, List<Item> items) {

  public Feed {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * One item or entry. Every field but {@code number} may be {@code null}.
   *
   * @param number the 1-based position of the item in the feed
   * @param id the feed's id of the item: RSS {@code guid}, Atom {@code id}
   * @param link the address of the item's page
   * @param title the item's title, as text
   * @param published the day the item was published, as written ({@code pubDate}, {@code
   *     published}, {@code dc:date}, else {@code updated})
   * @param html the item's content as HTML: its full content ({@code content:encoded}, Atom {@code
   *     content}) when it has one, else its description or summary; plain text is escaped
   */
  public record Item(int number, String id, String link, String title, java.time.LocalDate published, String html) {

    /** What identifies the item across polls: its id, else its link; {@code null} when it has neither. */
    public String key() {
      return id != null ? id : link;
    }
  }
}
