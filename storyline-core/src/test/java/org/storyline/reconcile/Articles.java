package org.storyline.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.pipeline.Pipeline;

/** Small made-up articles, read the way the pipeline reads a plain-text file. */
final class Articles {

  private Articles() {}

  static Article undated(String text) {
    return read(text);
  }

  static Article dated(LocalDate date, String text) {
    return read(" date " + date + " " + text);
  }

  private static Article read(String content) {
    try {
      Path dir = Files.createTempDirectory("dating");
      Path file = dir.resolve("article.txt");
      Files.writeString(file, content);
      List<Article> articles = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1).cleanFile(file, p -> {
        throw new AssertionError(p.toString());
      });
      Files.delete(file);
      Files.delete(dir);
      return articles.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
