package org.storyline.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.clean.Cleaner;
import org.storyline.extract.Extraction;
import org.storyline.extract.Extractor;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;
import org.storyline.model.Span;

/**
 * What every input must give, however broken: documents or one-line problems naming it, never an
 * exception and never a reader's internal failure; every document cleaned and extracted within a
 * time limit, every span of the extraction inside the cleaned text.
 */
public final class InputCheck {

  /** Generous: a hang detector, not a speed test (a normal input takes milliseconds). */
  public static final Duration LIMIT = Duration.ofSeconds(20);

  private static final Cleaner CLEANER = BoilerplateCleaner.withDefaults();
  private static final Ingestor INGESTOR = Ingestor.withDefaults();
  private static Extractor extractor;

  private InputCheck() {}

  /** The shipped extractor, loaded once for all the tries of a run. */
  public static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.withDefaults();
    }
    return extractor;
  }

  /**
   * Reads, cleans and extracts {@code file} as the ingest command would, and lists what went
   * wrong (empty when all is well).
   */
  public static List<String> failures(Path file) {
    return assertTimeoutPreemptively(LIMIT, () -> check(file), () -> file + " took over " + LIMIT);
  }

  private static List<String> check(Path file) {
    List<String> failures = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      INGESTOR.readFile(file, documents::add, problems::add);
    } catch (RuntimeException e) {
      failures.add("reading threw " + e);
      return failures;
    }
    for (Problem p : problems) {
      if (p.reason().startsWith("reader failed")) {
        failures.add("a reader's internal failure: " + p);
      }
      if (!p.origin().toString().contains(file.getFileName().toString())) {
        failures.add("a problem that does not name the input: " + p);
      }
    }
    for (SourceDocument document : documents) {
      checkDocument(document, failures);
    }
    return failures;
  }

  private static void checkDocument(SourceDocument document, List<String> failures) {
    try {
      Article article = CLEANER.clean(document);
      Extraction extraction = extractor().extract(article);
      int length = article.text().length();
      for (Span span : spansOf(extraction)) {
        if (span.end() > length) {
          failures.add("span " + span + " outside a text of " + length + " characters in " + document.origin());
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      failures.add("cleaning or extracting " + document.origin() + " threw " + e);
    }
  }

  /** Every span anywhere in the extraction's stage results (records, lists and optionals walked). */
  static List<Span> spansOf(Extraction extraction) {
    List<Span> spans = new ArrayList<>();
    for (RecordComponent c : Extraction.class.getRecordComponents()) {
      if (c.getType() != Article.class) {
        collect(value(c, extraction), spans);
      }
    }
    return spans;
  }

  private static void collect(Object value, List<Span> spans) {
    if (value instanceof Span span) {
      spans.add(span);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, spans));
    } else if (value instanceof Collection<?> items) {
      items.forEach(v -> collect(v, spans));
    } else if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        collect(value(c, record), spans);
      }
    }
  }

  private static Object value(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
