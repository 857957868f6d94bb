package org.storyline.app.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.storyline.app.Terminal;
import org.storyline.engine.Engine;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.ArticleId;
import org.storyline.model.Problem;
import org.storyline.pipeline.PipelineListener;
import org.storyline.pipeline.RunSummary;

/**
 * Runs the engine over inputs, printing each problem as one line on stderr as it is met, with a
 * progress bar on a terminal. Shared by {@code ingest} and {@code analyze}.
 */
final class IngestRun {

  private IngestRun() {}

  /** What a run did, and every problem it met, in order. */
  record Result(RunSummary summary, List<Problem> problems) {}

  /** Ingests {@code inputs}, telling {@code seen} of every article read, new or stored before. */
  static Result run(Engine engine, List<Path> inputs, IngestOptions options, Terminal terminal, PrintWriter err,
      Consumer<ArticleId> seen) {
    Listener listener = new Listener(terminal, err);
    RunSummary summary = engine.ingest(inputs, options, listener, seen);
    listener.finish();
    return new Result(summary, List.copyOf(listener.all));
  }

  private static final class Listener implements PipelineListener {
    private final Terminal terminal;
    private final PrintWriter err;
    private final List<Problem> all = new ArrayList<>();
    private Terminal.Progress progress;

    Listener(Terminal terminal, PrintWriter err) {
      this.terminal = terminal;
      this.err = err;
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
      all.add(problem);
    }

    void finish() {
      if (progress != null) {
        progress.finish();
      }
    }
  }
}
