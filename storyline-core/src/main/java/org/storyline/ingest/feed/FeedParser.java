package org.storyline.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jsoup.nodes.Entities;
import org.storyline.ingest.Pages;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome. The XML is parsed once, with Rome's own
 * hardened parser (no DOCTYPE, no external entities), the encoding taken from the byte order mark,
 * the XML declaration or UTF-8. Dates are read from the feed's own text, the day as written, not
 * shifted to another zone as Rome's parsed dates would be.
 *
 * <pre>{@code
 * Feed feed = FeedParser.parse(bytes);
 * for (Feed.Item item : feed.items()) fetch(item.link());
 * }</pre>
 */
public final class FeedParser {

  private static final Set<String> ROOTS = Set.of("rss", "feed", "RDF");
  private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "issued", "updated", "modified");

  private FeedParser() {}

  /**
   * The feed in {@code bytes}.
   *
   * @throws FeedFormatException when the bytes are not XML ({@code "not XML: ... (line 1, column
   *     1)"}), XML of another kind ({@code "XML root element <urlset> is not an RSS or Atom
   *     feed"}), or a feed Rome cannot read
   */
  public static Feed parse(byte[] bytes) throws FeedFormatException {
    Document xml = xml(bytes);
    Element root = xml.getRootElement();
    if (!ROOTS.contains(root.getName())) {
      throw new FeedFormatException("XML root element <" + root.getQualifiedName() + "> is not an RSS or Atom feed");
    }
    List<Element> itemElements = itemElements(root);
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedFormatException("not a readable feed: " + Pages.oneLine(e));
    }
    List<Feed.Item> items = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      Element element = i < itemElements.size() ? itemElements.get(i) : null;
      items.add(item(i + 1, entries.get(i), element));
    }
    return new Feed(nonBlank(feed.getTitle()), items);
  }

  private static Document xml(byte[] bytes) throws FeedFormatException {
    try {
      return new Hardened().builder().build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (JDOMException | IOException | IllegalArgumentException e) {
      // JDOM refuses some well-formed-looking names (a processing instruction target with a
      // colon) with an IllegalArgumentException of its own rather than a parse error.
      throw new FeedFormatException("not XML: " + Pages.oneLine(e));
    }
  }

  /** The item or entry elements, in the order Rome lists the entries. */
  private static List<Element> itemElements(Element root) {
    List<Element> out = new ArrayList<>();
    if (root.getName().equals("feed")) {
      children(root, "entry", out);
    } else {
      for (Element child : root.getChildren()) {
        if (child.getName().equals("channel")) {
          children(child, "item", out); // RSS 0.9x, 2.0
        }
      }
      children(root, "item", out); // RSS 1.0 (RDF)
    }
    return out;
  }

  private static void children(Element parent, String name, List<Element> out) {
    for (Element child : parent.getChildren()) {
      if (child.getName().equals(name)) {
        out.add(child);
      }
    }
  }

  private static Feed.Item item(int number, SyndEntry entry, Element element) {
    return new Feed.Item(number, nonBlank(entry.getUri()), nonBlank(entry.getLink()), nonBlank(entry.getTitle()),
        published(entry, element), html(entry));
  }

  private static LocalDate published(SyndEntry entry, Element element) {
    if (element != null) {
      for (String name : DATE_ELEMENTS) {
        for (Element child : element.getChildren()) {
          if (child.getName().equals(name)) {
            Optional<LocalDate> day = Pages.parseDate(child.getTextTrim());
            if (day.isPresent()) {
              return day.get();
            }
          }
        }
      }
    }
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static String html(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String html = asHtml(content);
      if (html != null) {
        return html;
      }
    }
    return asHtml(entry.getDescription());
  }

  private static String asHtml(SyndContent content) {
    if (content == null || nonBlank(content.getValue()) == null) {
      return null;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    boolean plain = type.equals("text") || type.equals("text/plain");
    return plain ? Entities.escape(content.getValue()) : content.getValue();
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Rome's parser, hardened against DOCTYPEs and external entities. */
  private static final class Hardened extends WireFeedInput {
    com.rometools.rome.io.SAXBuilder builder() {
      return createSAXBuilder();
    }
  }
}
