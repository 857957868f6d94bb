package org.storyline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Origin;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/** What one read handed on: documents and problems, in order. */
final class Collected {
  final List<SourceDocument> documents = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  static Collected file(Ingestor ingestor, Path file) {
    Collected c = new Collected();
    ingestor.readFile(file, c.documents::add, c.problems::add);
    return c;
  }

  static Collected text(DocumentReader reader, String name, String text) {
    Collected c = new Collected();
    reader.read(Origin.file(name), text, c.documents::add, c.problems::add);
    return c;
  }

  /** The problems as printed: {@code file:line: error: reason}. */
  List<String> messages() {
    return problems.stream().map(Problem::toString).toList();
  }

  SourceDocument only() {
    if (documents.size() != 1) {
      throw new AssertionError("expected one document, got " + documents.size() + "; problems " + messages());
    }
    return documents.get(0);
  }
}
