package org.storyline.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article outside the text: {@code <meta>} tags, JSON-LD, {@code
 * <time>}, {@code <link rel=canonical>}, {@code <html lang>} and the address. Read before the
 * page is pruned.
 */
final class PageMetadata {

  /** Date metas, best first. */
  private static final List<String> DATE_METAS = List.of(
      "article:published_time", "og:published_time", "article:published", "datepublished", "publishdate",
      "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created",
      "dcterms.date", "sailthru.date", "parsely-pub-date", "og:pubdate", "citation_publication_date",
      "originalpublicationdate", "article.published", "cxenseparse:recs:publishtime", "displaydate", "article_date_original");
  private static final List<String> AUTHOR_METAS =
      List.of("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "citation_author");
  private static final Pattern BY = Pattern.compile("(?i)^\\s*by[:\\s]+");

  final JsonLd ld;
  private final Document page;
  private final Map<String, String> metas = new HashMap<>();

  PageMetadata(Document page) {
    this.page = page;
    this.ld = JsonLd.of(page);
    for (Element meta : page.select("meta[content]")) {
      String value = meta.attr("content").strip();
      if (value.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          metas.putIfAbsent(key, value);
        }
      }
    }
  }

  String meta(String key) {
    return metas.get(key);
  }

  /**
   * The headline: {@code og:title}, else JSON-LD {@code headline}, else {@code <title>} less a
   * trailing {@code " | Site"} or {@code " - Site"} naming the site, else the first {@code <h1>}.
   */
  String title() {
    String title = first(meta("og:title"), ld.articleText("headline"));
    if (title != null) {
      return Block.collapse(title);
    }
    String pageTitle = nonBlank(page.title());
    if (pageTitle != null) {
      return withoutSiteName(Block.collapse(pageTitle));
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? null : nonBlank(h1.text());
  }

  private String withoutSiteName(String title) {
    String site = first(meta("og:site_name"), ld.publisher());
    for (String separator : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
      int at = title.lastIndexOf(separator);
      if (at > 0 && (site == null || title.substring(at + separator.length()).equalsIgnoreCase(site))) {
        return title.substring(0, at);
      }
    }
    return title;
  }

  String url() {
    for (Element link : page.select("link[rel][href]")) {
      for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
        String href = nonBlank(link.attr("href"));
        if (rel.equals("canonical") && href != null) {
          return href;
        }
      }
    }
    return first(meta("og:url"), ld.articleText("url"), ld.articleText("mainEntityOfPage"));
  }

  String site() {
    return first(meta("og:site_name"), ld.publisher(), meta("application-name"), meta("twitter:site"), host(url()));
  }

  String language() {
    Element html = page.selectFirst("html");
    String lang = first(html == null ? null : nonBlank(html.attr("lang")), meta("content-language"),
        ld.anyText("inLanguage"), meta("og:locale"));
    return lang == null ? null : lang.replace('_', '-').split("[,;\\s]")[0];
  }

  String author() {
    String ldAuthors = ld.authors();
    if (ldAuthors != null) {
      return ldAuthors;
    }
    for (String key : AUTHOR_METAS) {
      String value = meta(key);
      if (value != null && !value.startsWith("http")) {
        return BY.matcher(Block.collapse(value)).replaceFirst("");
      }
    }
    for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author-name, .byline__name")) {
      String text = e.text();
      if (!text.isBlank() && text.length() < 120) {
        return BY.matcher(text).replaceFirst("").strip();
      }
    }
    return null;
  }

  /**
   * The publication date: {@code <meta>} tags, then JSON-LD {@code datePublished}, then {@code
   * <time datetime>} (one marked as the publication time first), then the address.
   */
  Published published(String url) {
    for (String key : DATE_METAS) {
      Published p = DateTexts.machine(meta(key), Published.Source.META, "<meta " + key + ">");
      if (p != null) {
        return p;
      }
    }
    Published p = DateTexts.machine(ld.articleText("datePublished"), Published.Source.JSON_LD, "JSON-LD datePublished");
    if (p == null) {
      p = DateTexts.machine(ld.anyText("datePublished"), Published.Source.JSON_LD, "JSON-LD datePublished");
    }
    if (p != null) {
      return p;
    }
    Published any = null;
    for (Element time : page.select("time[datetime]")) {
      Published t = DateTexts.machine(time.attr("datetime"), Published.Source.TIME_ELEMENT, "<time datetime>");
      if (t != null && (time.hasAttr("pubdate") || time.attr("itemprop").equalsIgnoreCase("datePublished")
          || time.className().toLowerCase(Locale.ROOT).contains("publish"))) {
        return t;
      }
      any = any == null ? t : any;
    }
    if (any != null) {
      return any;
    }
    return DateTexts.inUrl(url);
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
