package org.storyline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.cluster.OnlineClusterer;
import org.storyline.dedupe.MinHashDetector;
import org.storyline.model.Article;

/**
 * The similarity loops of the story stage: MinHash duplicate checks, and clustering (candidate
 * lookup and scoring against stories) of the sample articles, each in a fresh state per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimilarityBenchmark {

  private List<Article> articles;

  @Setup(Level.Trial)
  public void read() {
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    articles = new ArrayList<>();
    for (BenchArticle a : BenchInput.read(Path.of(System.getProperty("bench.input", "examples/seeds")))) {
      articles.add(cleaner.clean(a.document()));
    }
  }

  /** Passes over the samples per second: duplicate check of each against those before it. */
  @Benchmark
  public void duplicates(Blackhole hole) {
    MinHashDetector dedupe = MinHashDetector.withDefaults();
    for (Article a : articles) {
      hole.consume(dedupe.check(a));
    }
  }

  /** Passes over the samples per second: each article joins or starts a story. */
  @Benchmark
  public void clustering(Blackhole hole) {
    OnlineClusterer clusterer = OnlineClusterer.withDefaults();
    for (Article a : articles) {
      hole.consume(clusterer.add(a));
    }
    hole.consume(clusterer.finish());
  }
}
