package org.storyline.ingest;

import java.util.function.Consumer;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * Reads the articles of one decoded input of one format (plain text, JSONL, HTML).
 *
 * <p>Contract. Hands every article of {@code text} to {@code documents}, in input order. A
 * problem with one record (a malformed JSONL line, an impossible date) goes to {@code problems}
 * with the record's {@link Origin} and reading goes on with the next record; a problem with the
 * whole input goes to {@code problems} and nothing is handed on. Never throws for bad content.
 * Implementations are stateless.
 */
public interface DocumentReader {

  void read(Origin origin, String text, Consumer<SourceDocument> documents, Consumer<Problem> problems);
}
