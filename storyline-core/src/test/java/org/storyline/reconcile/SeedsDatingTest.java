package org.storyline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.pipeline.Pipeline;

/** The sample articles: 000 and 003 are undated; 001, 002 and 004 are their story peers. */
class SeedsDatingTest {

  static List<Article> seeds() {
    try {
      Path dir = Path.of(SeedsDatingTest.class.getResource("/reconcile/seeds").toURI());
      Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1);
      List<Article> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          out.addAll(pipeline.cleanFile(f, p -> {
            throw new AssertionError(p.toString());
          }));
        }
      }
      return out;
    } catch (URISyntaxException | java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static Article seed(List<Article> seeds, String prefix) {
    return seeds.stream().filter(a -> a.origin().toString().contains(prefix)).findFirst().orElseThrow();
  }

  @Test
  void batch_datesBothUndatedSeeds_withinOneDay() {
    List<Article> seeds = seeds();
    BatchDater.Result r = new BatchDater(ArticleDater.standard()).date(seeds);
    Article a000 = seed(r.articles(), "000_");
    Article a003 = seed(r.articles(), "003_");
    r.estimates().forEach((id, e) -> {
      System.out.println(id + " " + e.date() + " " + e.confidence());
      e.evidence().forEach(ev -> System.out.println("   " + ev.kind() + " " + ev.weight() + " " + ev.explanation()));
    });
    assertThat(a000.published().source()).isEqualTo(DateSource.INFERRED);
    assertThat(a003.published().source()).isEqualTo(DateSource.INFERRED);
    assertThat(a000.published().date()).isBetween(LocalDate.of(2021, 12, 5), LocalDate.of(2021, 12, 7));
    assertThat(a003.published().date()).isBetween(LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 30));
  }
}
