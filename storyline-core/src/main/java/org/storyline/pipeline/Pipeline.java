package org.storyline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyline.clean.Cleaner;
import org.storyline.ingest.Ingestor;
import org.storyline.model.Article;
import org.storyline.model.Problem;
import org.storyline.model.SourceDocument;

/**
 * Wires the stages: ingest, then clean, then hand batches to a sink. Stages that do not exist yet
 * are simply not here.
 *
 * <p>Articles reach the sink in batches of at most {@code batchSize}, in input order. Because a
 * storing sink commits each batch atomically and ignores articles it has, a run killed at any
 * point can be run again to complete the work with nothing lost or duplicated.
 */
public final class Pipeline {

  private final Ingestor ingestor;
  private final Cleaner cleaner;
  private final int batchSize;

  public Pipeline(Ingestor ingestor, Cleaner cleaner, int batchSize) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /** Reads, cleans and hands on every article of {@code inputs} (files and folders). */
  public RunSummary run(List<Path> inputs, BatchSink sink, PipelineListener listener) {
    return run(inputs, sink, listener, InputMemory.NONE);
  }

  /**
   * The same, an input that {@code memory} recalls handed on as {@link BatchSink#recalled} instead
   * of being cleaned again (counted among the articles read, not among the new ones).
   */
  public RunSummary run(List<Path> inputs, BatchSink sink, PipelineListener listener, InputMemory memory) {
    Run run = new Run(sink, listener, memory);
    List<Path> files = ingestor.listInputs(inputs, run::problem);
    listener.started(files.size());
    for (Path file : files) {
      ingestor.readFile(file, run::document, run::problem);
      run.rethrowSinkFailure();
      run.files++;
      listener.fileDone(file);
    }
    run.flush();
    run.rethrowSinkFailure();
    return run.summary();
  }

  /** Cleans one input's articles without storing them, for {@code annotate}. */
  public List<Article> cleanFile(Path file, Consumer<Problem> problems) {
    List<Article> out = new ArrayList<>();
    for (Path input : ingestor.listInputs(List.of(file), problems)) {
      ingestor.readFile(input, doc -> cleanOne(doc, problems).ifPresent(out::add), problems);
    }
    return out;
  }

  private Optional<Article> cleanOne(SourceDocument doc, Consumer<Problem> problems) {
    try {
      return Optional.of(cleaner.clean(doc));
    } catch (RuntimeException e) {
      // a cleaner bug must not sink the batch: say which input it was and go on
      problems.accept(Problem.error(doc.origin(), "could not clean: " + oneLine(e)));
      return Optional.empty();
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  /** The state of one run. */
  private final class Run {
    private final BatchSink sink;
    private final PipelineListener listener;
    private final InputMemory memory;
    private final List<Article> batch = new ArrayList<>();
    private int files;
    private int articles;
    private int added;
    private int errors;
    private int warnings;
    private RuntimeException sinkFailure;

    Run(BatchSink sink, PipelineListener listener, InputMemory memory) {
      this.sink = sink;
      this.listener = listener;
      this.memory = memory;
    }

    void document(SourceDocument doc) {
      if (sinkFailure != null) {
        return; // the run is over: the reader is only being let finish its file
      }
      Optional<org.storyline.model.ArticleId> known = memory.recall(doc);
      if (known.isPresent()) {
        articles++;
        sink.recalled(known.get(), doc.origin());
        return;
      }
      cleanOne(doc, this::problem).ifPresent(article -> {
        memory.remember(doc, article);
        articles++;
        batch.add(article);
        if (batch.size() >= batchSize) {
          flush();
        }
      });
    }

    void problem(Problem problem) {
      if (problem.isError()) {
        errors++;
      } else {
        warnings++;
      }
      listener.problem(problem);
    }

    /**
     * Hands the batch to the sink. A sink that fails (a store that cannot write) ends the run: its
     * failure is kept, not given to the reader (which would report it against an input line and
     * read on), and thrown once the current file is done.
     */
    void flush() {
      if (!batch.isEmpty() && sinkFailure == null) {
        try {
          added += sink.accept(List.copyOf(batch));
        } catch (RuntimeException e) {
          sinkFailure = e;
        }
      }
      batch.clear();
    }

    void rethrowSinkFailure() {
      if (sinkFailure != null) {
        throw sinkFailure;
      }
    }

    RunSummary summary() {
      return new RunSummary(files, articles, added, errors, warnings);
    }
  }
}
