package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.PublicationDate;
import org.storyline.model.Removal;
import org.storyline.model.RemovalReason;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;
import org.storyline.model.Span;

/** Builds source documents the way the ingest stage does, and reads cleaned articles, for tests. */
final class Documents {

  private static final Pattern DATE_LINE = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2})[ \\n]");
  static final Cleaner CLEANER = new BoilerplateCleaner();

  private Documents() {}

  /**
   * A plain-text document: a leading {@code " date YYYY-MM-DD"} is stripped into the metadata and
   * the rest is the content, mapped onto the source.
   */
  static SourceDocument text(String name, String source) {
    Matcher m = DATE_LINE.matcher(source);
    int start = 0;
    PublicationDate date = null;
    if (m.find()) {
      start = m.end();
      date = PublicationDate.given(LocalDate.parse(m.group(1)), DateSource.DATE_LINE);
    }
    OffsetMap map = OffsetMap.builder(source.length()).copy(start, source.length() - start).build();
    DocumentMetadata meta = new DocumentMetadata(null, null, null, date, null);
    return new SourceDocument(Origin.file(name), SourceFormat.TEXT, source, source.substring(start), map, meta);
  }

  static Article clean(String source) {
    return CLEANER.clean(text("test.txt", source));
  }

  /** The non-blank lines of the article's text, trimmed. */
  static List<String> lines(Article a) {
    return nonBlankLines(a.text());
  }

  static List<String> nonBlankLines(String s) {
    return Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The source text of every removal, in order. */
  static List<String> removedTexts(Article a) {
    return a.removed().stream().map(r -> r.source().of(a.source())).toList();
  }

  static List<RemovalReason> reasons(Article a) {
    return a.removed().stream().map(Removal::reason).toList();
  }

  static String of(Article a, Span span) {
    return span == null ? null : span.of(a.text());
  }

  /** Checks that every copied character of the text is the source character it maps to. */
  static void assertMapsToIdenticalSource(Article a) {
    int[] runs = a.sourceMap().toArray();
    for (int r = 0; r < runs.length; r += 3) {
      for (int k = 0; k < runs[r + 2]; k++) {
        assertThat(a.source().charAt(runs[r + 1] + k))
            .as("text char %d", runs[r] + k)
            .isEqualTo(a.text().charAt(runs[r] + k));
      }
    }
    for (int i = 0; i < a.text().length(); i++) {
      if (a.text().charAt(i) != '\n') {
        assertThat(a.source().charAt(a.sourceMap().sourceStartOf(i))).as("text char %d", i).isEqualTo(a.text().charAt(i));
      }
    }
  }
}
