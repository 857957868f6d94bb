package org.storyline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.storyline.clean.BoilerplateCleaner;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;
import org.storyline.store.ArticleStore;

/**
 * Runs the pipeline over inputs into a store, printing each problem as one line on stderr as it
 * is met, with a progress bar on a terminal. Shared by {@code ingest} and {@code analyze}.
 */
final class IngestRun {

  /** Articles per store transaction: small enough that a killed run loses little work. */
  static final int BATCH_SIZE = 100;

  private IngestRun() {}

  /** What a run did, and every problem it met, in order. */
  record Result(RunSummary summary, List<Problem> problems) {}

  static Result run(List<Path> inputs, ArticleStore store, IngestOptions options, Terminal terminal, PrintWriter err) {
    return run(inputs, store, options, terminal, err, article -> {});
  }

  /** As {@link #run(List, ArticleStore, IngestOptions, Terminal, PrintWriter)}, telling {@code seen} of every article read, new or stored before. */
  static Result run(
      List<Path> inputs, ArticleStore store, IngestOptions options, Terminal terminal, PrintWriter err, Consumer<Article> seen) {
    Pipeline pipeline = new Pipeline(new Ingestor(options), new BoilerplateCleaner(), BATCH_SIZE);
    List<Problem> problems = new ArrayList<>();
    List<Problem> all = new ArrayList<>();
    Listener listener = new Listener(terminal, err, problems, all);
    RunSummary summary = pipeline.run(inputs, batch -> {
      int added = store.add(batch).added().size();
      batch.forEach(seen);
      store.recordProblems(List.copyOf(problems)); // kept with the batch they were met in
      problems.clear();
      return added;
    }, listener);
    store.recordProblems(problems);
    listener.finish();
    return new Result(summary, List.copyOf(all));
  }

  private static final class Listener implements PipelineListener {
    private final Terminal terminal;
    private final PrintWriter err;
    private final List<Problem> unsaved;
    private final List<Problem> all;
    private Terminal.Progress progress;

    Listener(Terminal terminal, PrintWriter err, List<Problem> unsaved, List<Problem> all) {
      this.terminal = terminal;
      this.err = err;
      this.unsaved = unsaved;
      this.all = all;
    }

    @Override
    public void started(int files) {
      progress = terminal.progress(err, files, "files");
    }

    @Override
    public void fileDone(Path file) {
      progress.step();
    }

    @Override
    public void problem(Problem problem) {
      if (progress != null) {
        progress.clear();
      }
      err.println(problem);
      err.flush();
      unsaved.add(problem);
      all.add(problem);
    }

    void finish() {
      if (progress != null) {
        progress.finish();
      }
    }
  }
}
