package org.storyline.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.pipeline.Pipeline;

/**
 * Real extractions for the codec's tests: the five seed articles (000 and 003 undated) and made-up
 * texts, read the way the pipeline reads plain-text files. The extractor is built once: its model
 * takes a while to load.
 */
final class Samples {

  private static final Pipeline PIPELINE = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1);
  private static Extractor extractor;
  private static List<Extraction> seeds;

  private Samples() {}

  static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.withDefaults();
    }
    return extractor;
  }

  /** The seeds' extractions, in file order. */
  static synchronized List<Extraction> seeds() {
    if (seeds == null) {
      List<Extraction> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of(Samples.class.getResource("/reconcile/seeds").toURI()))) {
        for (Path f : files.sorted().toList()) {
          clean(f).forEach(a -> out.add(extractor().extract(a)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new AssertionError(e);
      }
      seeds = List.copyOf(out);
    }
    return seeds;
  }

  /** The article of a plain-text file holding {@code content}; a leading {@code " date 2022-01-24 "} dates it. */
  static Article article(String content) {
    try {
      Path file = Files.createTempFile("codec", ".txt");
      Files.writeString(file, content);
      List<Article> articles = clean(file);
      Files.delete(file);
      return articles.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Article> clean(Path file) {
    return PIPELINE.cleanFile(file, p -> {
      throw new AssertionError(p.toString());
    });
  }
}
