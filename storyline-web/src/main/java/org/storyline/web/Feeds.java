package org.storyline.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.storyline.model.Article;
import org.storyline.model.Story;
import org.storyline.search.ArticleHit;
import org.storyline.search.SearchResult;

/**
 * Atom feeds (RFC 4287), so that a feed reader follows a story or a saved search: an entry per
 * article, newest first. Written with an XML writer, which escapes every text and attribute.
 */
final class Feeds {

  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private Feeds() {}

  /** An entry: the article's id, title, outlet, date, summary and the address to read it at. */
  record Entry(String id, String title, String outlet, LocalDate published, String summary, String link) {}

  static void story(Site site, Context ctx, Story story) {
    List<Entry> entries = site.articles(story).stream()
        .sorted(Comparator.comparing((Article a) -> a.publishedOpt().map(p -> p.date()).orElse(LocalDate.MIN)).reversed())
        .limit(ENTRIES)
        .map(a -> new Entry(a.id().value(), a.label(), a.outlet(),
            a.publishedOpt().map(p -> p.date()).orElse(null), summary(a.text()), link(ctx, a.id().value(), a.url())))
        .toList();
    send(ctx, "urn:storyline:story:" + story.id().value(), "Storyline: " + story.headline(), entries);
  }

  static void search(Site site, Context ctx, Filters filters) {
    SearchResult result = site.search.search(filters.withGroup("articles").query(0, ENTRIES));
    List<Entry> entries = result.articles().stream()
        .sorted(Comparator.comparing((ArticleHit h) -> h.published().orElse(LocalDate.MIN)).reversed())
        .map(h -> new Entry(h.article().value(), h.title().isEmpty() ? site.label(h.article().value()) : h.title(), h.outlet(),
            h.published().orElse(null), h.snippets().isEmpty() ? "" : h.snippets().get(0).text(),
            base(ctx) + Href.article(h.article().value())))
        .toList();
    send(ctx, "urn:storyline:search:" + filters.href("/"), "Storyline search: " + filters.q(), entries);
  }

  private static String summary(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  /** The source when it is an http(s) address, else this server's page of the article. */
  private static String link(Context ctx, String id, String url) {
    return Links.safe(url).orElse(base(ctx) + Href.article(id));
  }

  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static void send(Context ctx, String id, String title, List<Entry> entries) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      text(xml, "id", id);
      text(xml, "title", title);
      text(xml, "updated", instant(entries.stream().map(Entry::published).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null)));
      for (Entry e : entries) {
        xml.writeStartElement("entry");
        text(xml, "id", "urn:storyline:article:" + e.id());
        text(xml, "title", e.title());
        text(xml, "updated", instant(e.published()));
        xml.writeStartElement("author");
        text(xml, "name", e.outlet() == null ? "unknown outlet" : e.outlet());
        xml.writeEndElement();
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", e.link());
        text(xml, "summary", e.summary());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
  }

  private static String instant(LocalDate day) {
    return (day == null ? LocalDate.EPOCH : day).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
  }

  private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(stripControls(value));
    xml.writeEndElement();
  }

  /** XML 1.0 has no place for most control characters, even escaped. */
  private static String stripControls(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }
}
