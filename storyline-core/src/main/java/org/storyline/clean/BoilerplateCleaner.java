package org.storyline.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.Layout;
import org.storyline.model.OffsetMap;
import org.storyline.model.Removal;
import org.storyline.model.SourceDocument;
import org.storyline.model.Span;

/**
 * The default {@link Cleaner}: drops boilerplate lines by general rules and lays out what is left.
 *
 * <p>How it reads the content. The content is split into lines ({@code \n}, {@code \r\n} or
 * {@code \r}). When the text has blank-line separated blocks, each block of consecutive non-blank
 * lines is a paragraph; when it has no blank line at all, each line is a paragraph. Every
 * non-blank line is offered to the rules of {@link BoilerplateRule} in order: app promos, sign-up
 * boxes, video captions, photo credits and captions, all-capitals related headlines and repeated
 * lines. A line a rule drops is recorded as one or more {@link Removal}s in source offsets. Of a line
 * the rules keep, the sentences the article already gave are dropped and the rest kept ({@link
 * RepeatedSentences}: a page flattened into one line repeats its captions); that is the only case
 * where part of a line goes.
 *
 * <p>What it writes. The kept lines of each paragraph, trimmed, joined by {@code "\n"}, and the
 * paragraphs joined by {@code "\n\n"}. Line breaks are copied from the source where it has them and
 * inserted where not, so {@link Article#sourceMap()} takes every character of the text to the
 * identical source character. The layout ({@link LayoutFinder}) marks headline, dateline, byline
 * and paragraphs; the outlet is taken from the metadata or inferred from the text before any line
 * is dropped ({@link OutletFinder}).
 *
 * <p>Example: the content {@code "Subscribe\nWASHINGTON -- Talks resumed.\nBy Jane Doe"} is
 * cleaned to {@code "WASHINGTON -- Talks resumed.\n\nBy Jane Doe"} with dateline {@code
 * WASHINGTON}, byline {@code By Jane Doe}, and "Subscribe" removed as a sign-up box.
 *
 * <p>Instances are immutable and safe to share between threads; every pattern is compiled once.
 */
public final class BoilerplateCleaner implements Cleaner {

  private final List<LineRule> rules;

  /** A cleaner with every rule of {@link BoilerplateRule}. */
  public BoilerplateCleaner() {
    this.rules = BoilerplateRule.all();
  }

  /** A cleaner with every rule of {@link BoilerplateRule}. */
  public static BoilerplateCleaner withDefaults() {
    return new BoilerplateCleaner();
  }

  @Override
  public Article clean(SourceDocument document) {
    Objects.requireNonNull(document, "document");
    DocumentMetadata meta = document.metadata();
    Lines lines = Lines.of(document.content());
    String outlet = meta.outlet() != null ? meta.outlet() : OutletFinder.infer(lines);
    List<Removal> removed = judge(lines, document.contentMap());

    StringBuilder text = new StringBuilder(document.content().length());
    OffsetMap.Builder map = OffsetMap.builder(document.content().length());
    List<Span> paragraphs = write(lines, text, map);
    String cleaned = text.toString();
    OffsetMap sourceMap = map.build().andThen(document.contentMap());

    Layout layout = LayoutFinder.find(cleaned, paragraphs, meta.title());
    String title = meta.title() != null ? meta.title()
        : layout.headline() != null ? layout.headline().of(cleaned) : null;
    ArticleId id = ArticleId.derive(meta.url(), title, meta.published(), cleaned);
    return new Article(id, document.origin(), document.format(), title, meta.published(), outlet,
        meta.url(), cleaned, layout, document.source(), sourceMap, removed);
  }

  /** Offers every non-blank line to the rules, marks the kept ones, and returns the removals. */
  private List<Removal> judge(Lines lines, OffsetMap contentMap) {
    List<Removal> removed = new ArrayList<>();
    RepeatedSentences repeats = new RepeatedSentences();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      List<LineRule.Cut> cuts = List.of();
      for (int r = 0; r < rules.size() && cuts.isEmpty(); r++) {
        cuts = rules.get(r).judge(lines, i);
      }
      if (cuts.isEmpty()) {
        cuts = repeats.cuts(lines.text(i));
        if (!coversLine(cuts, lines.text(i))) {
          lines.keepExcept(i, cuts);
        }
      }
      for (LineRule.Cut cut : cuts) {
        Span inContent = Span.of(lines.start(i) + cut.from(), lines.start(i) + cut.to());
        removed.add(new Removal(contentMap.toSource(inContent), cut.reason()));
      }
    }
    removed.sort(Comparator.comparing(Removal::source));
    return removed;
  }

  private static boolean coversLine(List<LineRule.Cut> cuts, String line) {
    return cuts.size() == 1 && cuts.get(0).from() == 0 && cuts.get(0).to() == line.length();
  }

  /**
   * Writes the kept lines into {@code text}, recording in {@code map} where each character comes
   * from, and returns the paragraph spans.
   */
  private static List<Span> write(Lines lines, StringBuilder text, OffsetMap.Builder map) {
    boolean blocks = lines.hasBlocks();
    List<Span> paragraphs = new ArrayList<>();
    int paragraphStart = -1;
    int previous = -1; // the last kept line written
    boolean blankSincePrevious = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isBlank(i)) {
        blankSincePrevious = true;
        continue;
      }
      if (!lines.isKept(i)) {
        continue;
      }
      if (previous < 0) {
        paragraphStart = 0;
      } else if (!blocks || blankSincePrevious) {
        paragraphs.add(Span.of(paragraphStart, text.length()));
        newline(text, map, lines.newline(previous));
        newline(text, map, i - 1 > previous ? lines.newline(i - 1) : -1);
        paragraphStart = text.length();
      } else {
        newline(text, map, lines.newline(previous));
      }
      writeLine(lines, i, text, map);
      previous = i;
      blankSincePrevious = false;
    }
    if (previous >= 0) {
      paragraphs.add(Span.of(paragraphStart, text.length()));
    }
    return paragraphs;
  }

  /** Writes kept line {@code i} but for the pieces dropped from it. */
  private static void writeLine(Lines lines, int i, StringBuilder text, OffsetMap.Builder map) {
    String line = lines.text(i);
    int at = 0;
    for (LineRule.Cut cut : lines.piecesDropped(i)) {
      map.copy(lines.start(i) + at, cut.from() - at);
      text.append(line, at, cut.from());
      at = cut.to();
    }
    map.copy(lines.start(i) + at, line.length() - at);
    text.append(line, at, line.length());
  }

  /** Appends a {@code \n}, copied from the content at {@code at} or inserted when {@code at < 0}. */
  private static void newline(StringBuilder text, OffsetMap.Builder map, int at) {
    if (at >= 0) {
      map.copy(at, 1);
    } else {
      map.insert(1);
    }
    text.append('\n');
  }
}
