package org.storyline.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;

/** Reads benchmark inputs (a folder of text files, a JSONL file, ...) the way Storyline ingests them. */
final class BenchInput {

  /** The date given to time taggers for an undated article, so both contenders anchor alike. */
  static final LocalDate UNDATED_ANCHOR = LocalDate.of(2022, 1, 1);

  private BenchInput() {}

  static List<BenchArticle> read(Path input) {
    Ingestor ingestor = Ingestor.withDefaults();
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    RuleTokenizer tokenizer = new RuleTokenizer();
    List<BenchArticle> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : ingestor.listInputs(List.of(input), p -> problems.add(p.toString()))) {
      ingestor.readFile(file, doc -> {
        Article a = cleaner.clean(doc);
        int tokens = tokenizer.sentences(a.text()).stream().mapToInt(s -> s.tokens().size()).sum();
        LocalDate date = a.publishedOpt().map(p -> p.date()).orElse(UNDATED_ANCHOR);
        out.add(new BenchArticle(doc, a.text(), date, tokens));
      }, p -> problems.add(p.toString()));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(input + ": no articles to benchmark" + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
    }
    return out;
  }

  static int tokens(List<BenchArticle> articles) {
    return articles.stream().mapToInt(BenchArticle::tokens).sum();
  }

  /** Sentence count, a cheap value that keeps the JIT from dropping work. */
  static int sentences(List<Sentence> sentences) {
    return sentences.size();
  }
}
