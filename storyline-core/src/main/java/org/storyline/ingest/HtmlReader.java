package org.storyline.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.storyline.ingest.html.Block;
import org.storyline.ingest.html.Extraction;
import org.storyline.ingest.html.HtmlExtractor;
import org.storyline.ingest.html.Published;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * Reads an HTML page as one article: its headline and main text, one paragraph per block.
 *
 * <p>{@code content} is the page's headline ({@code <h1>}) followed by the main text that {@link
 * HtmlExtractor} finds: navigation, menus, related links, comments, share bars, cookie and
 * subscription boxes, captions and credits are left out (a page too small to tell article from
 * furniture is read whole). Each extracted block is one paragraph; paragraphs are joined by
 * {@code "\n\n"}, and white space runs inside a paragraph (no-break spaces included) become one
 * space.
 *
 * <p>Precision of {@code contentMap}, which maps {@code content} into the raw HTML {@code source}:
 *
 * <ul>
 *   <li>a character that stands as itself in the source maps to exactly that character, also in
 *       a text node with entities (the node's raw text and its decoded text are walked side by
 *       side);
 *   <li>a character decoded from an entity ({@code &ldquo;}, {@code &#233;}) maps to the
 *       entity's first character ({@code &}) when it opens a word and to its last ({@code ;})
 *       when it ends one (is followed by a space or the paragraph's end), so the source span of a
 *       word, a quote or a paragraph covers the whole entity. A word that is one entity alone
 *       keeps only its end;
 *   <li>a collapsed space maps to the first white-space character of its run (to no place when
 *       that was {@code &nbsp;}); the inserted paragraph breaks map to no place;
 *   <li>text the parser moved out of source order (an inline element inside a table is put before
 *       the table) maps to no place.
 * </ul>
 *
 * A character that maps to no place maps to the boundary of its neighbours ({@link OffsetMap}).
 *
 * <p>Metadata: title from {@code og:title}, else {@code <title>}, else the first {@code <h1>}; url
 * from {@code <link rel=canonical>}, else {@code og:url}; published from {@code
 * article:published_time}, {@code og:published_time}, {@code <meta name=date|pubdate|publish-date>},
 * else the first {@code <time datetime>}, else what the extractor reads (JSON-LD {@code
 * datePublished}, more {@code <meta>} names, the address; not a dateline in the text); outlet from
 * {@code og:site_name}, else the extractor's site (JSON-LD publisher, the host name).
 *
 * <p>Problems: ERROR {@code "no article text in the page"}; WARNING {@code "unreadable date 'x' in
 * <meta article:published_time>; stored undated"} when no date candidate can be read.
 */
final class HtmlReader implements DocumentReader {

  static final String NO_TEXT = "no article text in the page";

  private static final HtmlExtractor EXTRACTOR = HtmlExtractor.withDefaults();

  private static final List<String> DATE_METAS =
      List.of("article:published_time", "og:published_time", "date", "pubdate", "publish-date");

  @Override
  public void read(Origin origin, String text, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    Document page = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
    String title = title(page);
    String url = url(page);
    PublicationDate published = published(page, origin, problems);
    Extraction extraction = EXTRACTOR.extract(page); // prunes the page: metadata is read first
    Paragraphs paragraphs = new Paragraphs(text);
    Block headline = extraction.headline();
    if (headline != null && (extraction.body().isEmpty() || !extraction.body().get(0).text().equals(headline.text()))) {
      paragraphs.add(headline);
    }
    extraction.body().forEach(paragraphs::add);
    if (paragraphs.content.length() == 0) {
      problems.accept(Problem.error(origin, NO_TEXT));
      return;
    }
    if (published == null && extraction.published() != null
        && extraction.published().source() != Published.Source.DATELINE) {
      published = PublicationDate.given(extraction.published().date(), DateSource.METADATA);
    }
    String outlet = meta(page, "og:site_name");
    DocumentMetadata metadata = new DocumentMetadata(null, title, url != null ? url : extraction.url(), published,
        outlet != null ? outlet : extraction.site());
    documents.accept(new SourceDocument(
        origin, SourceFormat.HTML, text, paragraphs.content.toString(), paragraphs.map.build(), metadata));
  }

  private static String title(Document page) {
    String og = meta(page, "og:title");
    if (og != null) {
      return og;
    }
    String title = nonBlank(page.title());
    if (title != null) {
      return title;
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? null : nonBlank(h1.text());
  }

  private static String url(Document page) {
    for (Element link : page.select("link[rel][href]")) {
      List<String> rels = Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
      String href = nonBlank(link.attr("href"));
      if (rels.contains("canonical") && href != null) {
        return href;
      }
    }
    return meta(page, "og:url");
  }

  private static PublicationDate published(Document page, Origin origin, Consumer<Problem> problems) {
    List<String[]> candidates = new ArrayList<>(); // {value, where}
    for (String key : DATE_METAS) {
      String value = meta(page, key);
      if (value != null) {
        candidates.add(new String[] {value, "<meta " + key + ">"});
      }
    }
    Element time = page.selectFirst("time[datetime]");
    if (time != null && nonBlank(time.attr("datetime")) != null) {
      candidates.add(new String[] {time.attr("datetime"), "<time datetime>"});
    }
    for (String[] candidate : candidates) {
      Optional<PublicationDate> day = Dates.parse(candidate[0]).map(d -> PublicationDate.given(d, DateSource.METADATA));
      if (day.isPresent()) {
        return day.get();
      }
    }
    if (!candidates.isEmpty()) {
      problems.accept(Problem.warning(origin, Dates.notRead(candidates.get(0)[0], candidates.get(0)[1])));
    }
    return null;
  }

  /** The content of {@code <meta property=key>} or {@code <meta name=key>}, or {@code null}. */
  private static String meta(Document page, String key) {
    for (Element meta : page.select("meta[content]")) {
      if (key.equalsIgnoreCase(meta.attr("property").strip()) || key.equalsIgnoreCase(meta.attr("name").strip())) {
        String value = nonBlank(meta.attr("content"));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean isSpace(char c) {
    return c == '\u00A0' || Character.isWhitespace(c);
  }

  /**
   * Collects extracted blocks into paragraphs. A paragraph is built with the source offset of each
   * of its characters (-1: none), then written out with its map.
   */
  private static final class Paragraphs {
    private final String source;
    final StringBuilder content = new StringBuilder();
    final OffsetMap.Builder map;
    private int mappedUpTo; // source end of the last copied character

    private final StringBuilder paragraph = new StringBuilder();
    private int[] openings = new int[64]; // source offset of each character when it opens a word
    private int[] closings = new int[64]; // ... when it ends one; differs only for entity characters
    private boolean spacePending;
    private int spaceSource;

    Paragraphs(String source) {
      this.source = source;
      this.map = OffsetMap.builder(source.length());
    }

    /** Writes one extracted block as a paragraph, mapped through its text nodes. */
    void add(Block block) {
      block.nodes().forEach(this::appendText);
      endParagraph();
    }

    private void appendText(TextNode node) {
      String decoded = node.getWholeText();
      SourceOffsets offsets = sourceOffsets(decoded, source, node.sourceRange());
      for (int i = 0; i < decoded.length(); i++) {
        append(decoded.charAt(i), offsets.opening[i], offsets.closing[i]);
      }
    }

    private void append(char c, int opening, int closing) {
      if (isSpace(c)) {
        if (!spacePending && paragraph.length() > 0) {
          spacePending = true;
          spaceSource = opening == closing ? opening : NONE; // a space from &nbsp; has no source space
        }
        return;
      }
      if (spacePending) {
        add(' ', spaceSource, spaceSource);
        spacePending = false;
      }
      add(c, opening, closing);
    }

    private void add(char c, int opening, int closing) {
      int at = paragraph.length();
      if (at == openings.length) {
        openings = Arrays.copyOf(openings, at * 2);
        closings = Arrays.copyOf(closings, at * 2);
      }
      openings[at] = opening;
      closings[at] = closing;
      paragraph.append(c);
    }

    /** Writes the paragraph being built, if it has text; a trailing space is dropped. */
    void endParagraph() {
      spacePending = false;
      if (paragraph.length() == 0) {
        return;
      }
      if (content.length() > 0) {
        content.append("\n\n");
        map.insert(2);
      }
      int length = paragraph.length();
      for (int i = 0; i < length; i++) {
        boolean endsWord = i + 1 == length || paragraph.charAt(i + 1) == ' ';
        int at = endsWord ? closings[i] : openings[i];
        if (at != NONE && at >= mappedUpTo) {
          map.copy(at, 1);
          mappedUpTo = at + 1;
        } else {
          map.insert(1); // no source place, or out of source order
        }
      }
      content.append(paragraph);
      paragraph.setLength(0);
    }
  }

  private static final int NONE = -1;

  /**
   * Where each character of a text node's decoded text stands in the source, {@link #NONE} where
   * nowhere: {@code opening[i]} when the character opens a word, {@code closing[i]} when it ends
   * one. The two differ only for characters decoded from an entity.
   */
  record SourceOffsets(int[] opening, int[] closing) {}

  /**
   * Walks the raw source of a text node and its decoded text side by side, stepping over
   * entities; stops mapping where the two stop agreeing.
   */
  static SourceOffsets sourceOffsets(String decoded, String source, Range range) {
    int[] opening = new int[decoded.length()];
    int[] closing = new int[decoded.length()];
    Arrays.fill(opening, NONE);
    Arrays.fill(closing, NONE);
    SourceOffsets out = new SourceOffsets(opening, closing);
    if (range == null || !range.isTracked()) {
      return out;
    }
    int end = range.endPos();
    int j = range.startPos();
    if (j < 0 || end > source.length() || j > end) {
      return out;
    }
    int i = 0;
    while (i < decoded.length() && j < end) {
      char c = source.charAt(j);
      if (c == '&') {
        int k = entityEnd(source, j, end);
        if (k > j + 1) {
          String raw = source.substring(j, k);
          String entity = Parser.unescapeEntities(raw, false);
          if (!entity.equals(raw) && entity.length() < raw.length() && decoded.startsWith(entity, i)) {
            for (int t = 0; t < entity.length(); t++) {
              opening[i + t] = j + t;
              closing[i + t] = k - entity.length() + t;
            }
            i += entity.length();
            j = k;
            continue;
          }
        }
      }
      if (c != decoded.charAt(i)) {
        break; // lost step; the rest maps nowhere
      }
      opening[i] = j;
      closing[i] = j;
      i++;
      j++;
    }
    return out;
  }

  /** The end of the character reference that may start at {@code amp}: {@code &name;}, {@code &#233;}, {@code &#xE9;}. */
  private static int entityEnd(String s, int amp, int end) {
    int k = amp + 1;
    if (k < end && s.charAt(k) == '#') {
      k++;
      boolean hex = k < end && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
      if (hex) {
        k++;
      }
      while (k < end && (hex ? Character.digit(s.charAt(k), 16) >= 0 : Character.isDigit(s.charAt(k)))) {
        k++;
      }
    } else {
      while (k < end && Character.isLetterOrDigit(s.charAt(k))) {
        k++;
      }
    }
    return k < end && s.charAt(k) == ';' ? k + 1 : k;
  }
}
