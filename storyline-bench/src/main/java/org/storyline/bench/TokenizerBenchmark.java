package org.storyline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.extract.text.RuleTokenizer;

/** The tokenizer's inner loop over the sample articles' cleaned text; results are printed, never asserted. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {

  private List<String> texts;
  private final RuleTokenizer tokenizer = new RuleTokenizer();

  @Setup
  public void read() {
    texts = BenchInput.read(Path.of(System.getProperty("bench.input", "examples/seeds"))).stream().map(BenchArticle::text).toList();
  }

  /** Articles per second. */
  @Benchmark
  public void tokenizeArticle(Blackhole hole) {
    for (String text : texts) {
      hole.consume(tokenizer.sentences(text));
    }
  }
}
