package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.clean.Cleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;

class PipelineTest {

  @TempDir Path dir;

  private void write(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format("a%03d.txt", i)), "Article number " + i + " says talks went on.\n");
    }
  }

  @Test
  void run_handsArticlesOnInBatchesOfAtMostTheBatchSize_inInputOrder() throws IOException {
    write(7);
    List<List<Article>> batches = new ArrayList<>();
    RunSummary summary = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 3)
        .run(List.of(dir), batch -> {
          batches.add(batch);
          return batch.size();
        }, PipelineListener.SILENT);
    assertThat(batches).extracting(List::size).containsExactly(3, 3, 1);
    assertThat(batches.stream().flatMap(List::stream).map(a -> a.text()))
        .containsExactly("Article number 0 says talks went on.", "Article number 1 says talks went on.",
            "Article number 2 says talks went on.", "Article number 3 says talks went on.",
            "Article number 4 says talks went on.", "Article number 5 says talks went on.",
            "Article number 6 says talks went on.");
    assertThat(summary).isEqualTo(new RunSummary(7, 7, 7, 0, 0));
  }

  @Test
  void run_countsWhatTheSinkHadAlready() throws IOException {
    write(4);
    Set<ArticleId> stored = new HashSet<>();
    BatchSink sink = batch -> (int) batch.stream().filter(a -> stored.add(a.id())).count();
    Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 2);
    pipeline.run(List.of(dir), sink, PipelineListener.SILENT);
    RunSummary again = pipeline.run(List.of(dir), sink, PipelineListener.SILENT);
    assertThat(again.added()).isZero();
    assertThat(again.alreadyStored()).isEqualTo(4);
  }

  @Test
  void run_reportsBadInputsAndACleanerFailure_andGoesOn() throws IOException {
    write(3);
    Files.writeString(dir.resolve("a001.txt"), "BOOM this one breaks the cleaner.\n");
    Files.writeString(dir.resolve("empty.txt"), "");
    Cleaner real = new BoilerplateCleaner();
    Cleaner failing = doc -> {
      if (doc.content().startsWith("BOOM")) {
        throw new IllegalStateException("cleaner bug\non two lines");
      }
      return real.clean(doc);
    };
    List<Problem> problems = new ArrayList<>();
    List<Article> out = new ArrayList<>();
    RunSummary summary = new Pipeline(Ingestor.withDefaults(), failing, 10).run(
        List.of(dir, dir.resolve("missing.txt")),
        batch -> {
          out.addAll(batch);
          return batch.size();
        },
        new PipelineListener() {
          @Override
          public void problem(Problem problem) {
            problems.add(problem);
          }
        });
    assertThat(out).hasSize(2);
    assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p).contains("a001.txt").contains("could not clean: cleaner bug on two lines"))
        .anySatisfy(p -> assertThat(p).contains("empty.txt").contains("empty"))
        .anySatisfy(p -> assertThat(p).contains("missing.txt").contains("no such file"));
    assertThat(summary.errors()).isEqualTo(3);
    assertThat(summary.clean()).isFalse();
  }

  @Test
  void run_cleaningAhead_handsOnWhatOneCleanerDoes_inTheSameOrder() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      lines.append(switch (i % 9) {
        case 4 -> "{not json\n";
        case 7 -> "{\"text\": \"BOOM " + i + "\"}\n";
        case 8 -> "{\"text\": \"Article 3 says talks went on.\"}\n"; // a document read before: recalled once kept
        default -> "{\"text\": \"Article " + i + " says talks went on.\"}\n";
      });
    }
    Files.writeString(dir.resolve("many.jsonl"), lines);
    write(3);
    List<String> one = events(1);
    assertThat(events(3)).isEqualTo(one);
    assertThat(one).anyMatch(e -> e.startsWith("recalled")).anyMatch(e -> e.contains("could not clean"))
        .anyMatch(e -> e.contains("malformed JSON"));
  }

  /**
   * What the sink and the listener hear with {@code cleaners} threads: a memory that knows the
   * documents of the batches handed on before (as a store that committed them does).
   */
  private List<String> events(int cleaners) throws IOException {
    List<String> events = new ArrayList<>();
    java.util.Map<String, ArticleId> kept = new java.util.HashMap<>();
    java.util.Map<String, ArticleId> pending = new java.util.HashMap<>();
    Cleaner real = new BoilerplateCleaner();
    Cleaner failing = doc -> {
      if (doc.content().startsWith("BOOM")) {
        throw new IllegalStateException("cleaner bug");
      }
      return real.clean(doc);
    };
    BatchSink sink = new BatchSink() {
      @Override
      public int accept(List<Article> batch) {
        events.add("batch " + batch.size() + " " + batch.stream().map(a -> a.text()).toList());
        kept.putAll(pending);
        pending.clear();
        return batch.size();
      }

      @Override
      public void recalled(ArticleId article, org.storyline.model.Origin origin) {
        events.add("recalled " + article + " " + origin);
      }
    };
    InputMemory memory = new InputMemory() {
      @Override
      public java.util.Optional<ArticleId> recall(org.storyline.model.SourceDocument doc) {
        return java.util.Optional.ofNullable(kept.get(doc.content()));
      }

      @Override
      public void remember(org.storyline.model.SourceDocument doc, Article article) {
        pending.put(doc.content(), article.id());
      }
    };
    RunSummary summary = new Pipeline(Ingestor.withDefaults(), failing, 5, cleaners).run(List.of(dir), sink,
        new PipelineListener() {
          @Override
          public void problem(Problem problem) {
            events.add("problem " + problem);
          }

          @Override
          public void fileDone(Path file) {
            events.add("file " + file.getFileName());
          }
        }, memory);
    events.add(summary.toString());
    return events;
  }

  @Test
  void cleanFile_returnsTheArticlesOfOneInputWithoutASink() throws IOException {
    Path jsonl = dir.resolve("two.jsonl");
    Files.writeString(jsonl, "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n");
    List<Problem> problems = new ArrayList<>();
    List<Article> articles = new Pipeline(Ingestor.withDefaults(), new BoilerplateCleaner(), 1).cleanFile(jsonl, problems::add);
    assertThat(articles).extracting(Article::text).containsExactly("First.", "Second.");
    assertThat(articles).extracting(a -> a.origin().record()).containsExactly(1L, 2L);
    assertThat(problems).isEmpty();
  }
}
