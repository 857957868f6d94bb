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
import org.storyline.extract.entity.EntityRecognizer;
import org.storyline.extract.entity.PerceptronRecognizer;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.time.RuleTimeTagger;

/** The taggers' inner loops over the sample articles: entities (tokens given) and time expressions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggerBenchmark {

  private List<BenchArticle> articles;
  private List<List<Sentence>> sentences;
  private final EntityRecognizer recognizer = PerceptronRecognizer.shipped();
  private final RuleTimeTagger timeTagger = new RuleTimeTagger();

  @Setup
  public void read() {
    articles = BenchInput.read(Path.of(System.getProperty("bench.input", "examples/seeds")));
    RuleTokenizer tokenizer = new RuleTokenizer();
    sentences = articles.stream().map(a -> tokenizer.sentences(a.text())).toList();
  }

  /** Passes over the samples per second: entity mentions of already tokenised text. */
  @Benchmark
  public void entities(Blackhole hole) {
    for (int i = 0; i < articles.size(); i++) {
      hole.consume(recognizer.mentions(articles.get(i).text(), sentences.get(i)));
    }
  }

  /** Passes over the samples per second: time expressions anchored on each article's date. */
  @Benchmark
  public void timeExpressions(Blackhole hole) {
    for (BenchArticle a : articles) {
      hole.consume(timeTagger.tag(a.text(), a.date()));
    }
  }
}
