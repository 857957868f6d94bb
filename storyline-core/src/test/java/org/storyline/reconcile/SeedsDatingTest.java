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
    assertThat(a000.published().source()).isEqualTo(DateSource.INFERRED);
    assertThat(a003.published().source()).isEqualTo(DateSource.INFERRED);
    assertThat(a000.published().date()).isBetween(LocalDate.of(2021, 12, 5), LocalDate.of(2021, 12, 7));
    assertThat(a003.published().date()).isBetween(LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 30));
    assertThat(r.estimates().get(a000.id()).evidence()).extracting(Evidence::kind)
        .contains(Evidence.Kind.SHARED_EVENT, Evidence.Kind.WEEKDAY_BOTH_TENSES);
    assertThat(r.estimates().get(a000.id()).evidence()).filteredOn(e -> e.peer() != null)
        .allSatisfy(e -> assertThat(e.peer().article()).isEqualTo(a003.id()));
    assertThat(r.estimates().get(a003.id()).evidence()).filteredOn(e -> e.peer() != null).extracting(Evidence::text)
        .contains("Thursday", "Wednesday");
    assertThat(r.estimates()).hasSize(2);
  }

  @Test
  void estimate_003_fromTheDatedPeersAlone() {
    List<Article> seeds = seeds();
    List<Article> dated = seeds.stream().filter(a -> a.published() != null).toList();
    DateEstimate e = ArticleDater.standard().estimate(seed(seeds, "003_"), dated).orElseThrow();
    assertThat(e.date()).isBetween(LocalDate.of(2021, 12, 28), LocalDate.of(2021, 12, 30));
  }

  @Test
  void estimate_000_alone_isAMondayInDecember2021WithLowConfidence() {
    DateEstimate e = ArticleDater.standard().estimate(seed(seeds(), "000_"), List.of()).orElseThrow();
    assertThat(e.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(e.date()).isBetween(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31));
    assertThat(e.confidence()).isLessThan(0.2);
  }
}
