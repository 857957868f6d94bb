package org.storyline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.DateSource;
import org.storyline.model.DocumentMetadata;
import org.storyline.model.OffsetMap;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.PublicationDate;
import org.storyline.model.SourceDocument;
import org.storyline.model.SourceFormat;

/**
 * Reads a plain-text article: one article per input.
 *
 * <p>The text may open with a date line: a space, the word {@code date}, a space, an ISO day, and
 * then one space or one line end ({@code \n}, {@code \r\n}, {@code \r}) before the article:
 * {@code " date 2022-01-24 President Joe Biden on Monday..."}. The day becomes the published date
 * ({@link DateSource#DATE_LINE}); the date line and the one separator after it are left out of
 * {@code content}, which is the rest of the text exactly, one copied run of {@code source}.
 *
 * <p>Problems: an impossible day ({@code 2021-02-30}) is a WARNING {@code "impossible date
 * '2021-02-30' in the date line; stored undated"}, and the article is still handed on without a
 * date; no text after the date line, or a blank input, is an ERROR.
 */
final class TextReader implements DocumentReader {

  private static final Pattern DATE_LINE = Pattern.compile("\\A date (\\d{4}-\\d{2}-\\d{2})(?: |\\r\\n|\\n|\\r|\\z)");

  @Override
  public void read(Origin origin, String text, Consumer<SourceDocument> documents, Consumer<Problem> problems) {
    Matcher m = DATE_LINE.matcher(text);
    if (!m.lookingAt()) {
      if (text.isBlank()) {
        problems.accept(Problem.error(origin, "no article text"));
        return;
      }
      documents.accept(SourceDocument.of(origin, SourceFormat.TEXT, text, DocumentMetadata.NONE));
      return;
    }
    int bodyStart = m.end();
    String content = text.substring(bodyStart);
    if (content.isBlank()) {
      problems.accept(Problem.error(origin, "no article text after the date line"));
      return;
    }
    PublicationDate published = null;
    String day = m.group(1);
    try {
      published = PublicationDate.given(LocalDate.parse(day), DateSource.DATE_LINE);
    } catch (DateTimeParseException e) {
      problems.accept(Problem.warning(origin, "impossible date '" + day + "' in the date line; stored undated"));
    }
    OffsetMap map = OffsetMap.builder(text.length()).copy(bodyStart, content.length()).build();
    DocumentMetadata metadata = DocumentMetadata.NONE.withPublished(published);
    documents.accept(new SourceDocument(origin, SourceFormat.TEXT, text, content, map, metadata));
  }
}
