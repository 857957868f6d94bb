package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * Reads the articles of one input that is not one decoded text: a WARC file, a feed. Where a
 * {@link DocumentReader} is handed text, this is handed the raw stream, because the format decides
 * its own decoding (an XML declaration, an HTTP header, gzip members).
 *
 * <p>Contract. As {@link DocumentReader}: every article goes to {@code documents} in input order
 * with its record's {@link Origin} ({@code origin.withRecord(n)}, 1-based); a problem with one
 * record goes to {@code problems} and reading goes on; a problem with the whole input is one
 * ERROR. No article is read into memory past {@link IngestOptions#maxFileBytes()}. Throws only
 * for a failure of the stream itself, which the caller reports as one line; never closes {@code
 * in}. Implementations are stateless.
 */
public interface StreamReader {

  void read(Origin origin, InputStream in, IngestOptions options, Consumer<SourceDocument> documents,
      Consumer<Problem> problems) throws IOException;
}
